package org.statustray.desktop;

import java.time.Duration;

/** What the tray icon and its menu do. Called from the tray's own thread; implementations hop threads. */
public interface TrayActions {

    void openOverview();

    void openTimeline(String serviceId);

    void refreshNow();

    void snooze(Duration duration);

    void snoozeUntilTomorrow();

    /** Ends the snooze now: notifications come again, and the tray and the overview stop saying "snoozed". */
    void resumeNotifications();

    void openHistory();

    /** Shows every watched service on one time axis ("All services — StatusTray"). */
    void openAllServices();

    void openSettings();

    void quit();
}
