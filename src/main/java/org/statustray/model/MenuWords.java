package org.statustray.model;

/**
 * The names of the tray menu's items, in one place: the menu shows them and the windows that send a person
 * to the menu (the welcome) name them with the same words.
 */
public final class MenuWords {
    /** Opens the overview; the only way to it on hosts where a left click opens the menu. */
    public static final String OPEN = "Open StatusTray";
    public static final String REFRESH = "Refresh now";
    public static final String SNOOZE_HOUR = "Snooze 1 hour";
    public static final String SNOOZE_TOMORROW = "Snooze until tomorrow";
    /** Ends a snooze at once; offered only while snoozed. */
    public static final String RESUME = "Resume notifications";
    public static final String HISTORY = "Incident history";
    /** Opens every watched service on one time axis. */
    public static final String ALL_SERVICES = "All services";
    public static final String SETTINGS = "Settings";
    public static final String QUIT = "Quit";
    /** How a muted service's row and tooltip line end: "GitHub — degraded (muted)". */
    public static final String MUTED = "(muted)";

    private MenuWords() {
    }
}
