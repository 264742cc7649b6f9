package org.statustray.ui.welcome;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.statustray.model.MenuWords;
import org.statustray.model.Status;
import org.statustray.platform.PlatformException;
import org.statustray.ui.Words;

/**
 * What the first start says: what StatusTray does, what its icon means, which services it watches and where
 * to change them, and the one offer to start at login (applied as soon as it is ticked, undone when
 * unticked). Call on the FX thread.
 */
public final class WelcomeModel {
    /** One status of the legend: its mark is drawn as the tray draws it. */
    public record LegendEntry(Status status, String word, String meaning) {
    }

    private static final List<LegendEntry> LEGEND = List.of(
            entry(Status.OPERATIONAL, "all is well"),
            entry(Status.MAINTENANCE, "planned work under way"),
            entry(Status.DEGRADED, "slow or erroring"),
            entry(Status.PARTIAL_OUTAGE, "some parts are down"),
            entry(Status.MAJOR_OUTAGE, "down"),
            entry(Status.UNKNOWN, "the status page cannot be read"));

    private final List<String> watched;
    private final boolean tray;
    private final LoginStart loginStart;
    private final ReadOnlyBooleanWrapper startAtLogin = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * {@code watched}: the names of the services watched now; {@code tray}: whether the app has a tray icon
     * (without one, its window stands in for it).
     */
    public WelcomeModel(List<String> watched, boolean tray, LoginStart loginStart) {
        this.watched = List.copyOf(watched);
        this.tray = tray;
        this.loginStart = loginStart;
        startAtLogin.set(loginStart.isEnabled());
    }

    public String intro() {
        return "StatusTray watches the public status pages of the services you depend on and tells you when one of"
                + " them has trouble, and when it recovers.";
    }

    public String legendIntro() {
        return tray ? "The tray icon takes the colour and shape of the worst status among your services:"
                : "There is no tray icon on this desktop: the StatusTray window marks each service instead.";
    }

    /** The six statuses, best to worst, then unknown. */
    public List<LegendEntry> legend() {
        return LEGEND;
    }

    /** "Watched now: OpenAI, GitHub and Slack." */
    public String watchedSentence() {
        if (watched.isEmpty()) {
            return "No service is watched yet.";
        }
        if (watched.size() == 1) {
            return "Watched now: " + watched.get(0) + ".";
        }
        return "Watched now: " + String.join(", ", watched.subList(0, watched.size() - 1)) + " and "
                + watched.get(watched.size() - 1) + ".";
    }

    public String whereToAdd() {
        return tray ? "To add or remove services, choose “" + MenuWords.SETTINGS + "” in the tray icon's menu; “"
                + MenuWords.OPEN + "” there shows them all."
                : "To add or remove services, click Settings in the StatusTray window.";
    }

    public boolean canStartAtLogin() {
        return loginStart.unavailableReason() == null;
    }

    /** Why StatusTray cannot start at login here, as a sentence; "" when it can. */
    public String whyNotAtLogin() {
        String reason = loginStart.unavailableReason();
        return reason == null || reason.isEmpty() ? "" : sentence(reason);
    }

    public ReadOnlyBooleanProperty startAtLoginProperty() {
        return startAtLogin.getReadOnlyProperty();
    }

    /** One line when turning start at login on or off failed; "" otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Turns start at login on or off now; true when it is as asked. Does nothing when already so. */
    public boolean setStartAtLogin(boolean on) {
        error.set("");
        if (on == loginStart.isEnabled()) {
            startAtLogin.set(on);
            return true;
        }
        try {
            if (on) {
                loginStart.enable();
            } else {
                loginStart.disable();
            }
        } catch (PlatformException e) {
            error.set(sentence(e.getMessage() == null || e.getMessage().isBlank()
                    ? "start at login could not be changed" : e.getMessage()));
        }
        startAtLogin.set(loginStart.isEnabled());
        return startAtLogin.get() == on;
    }

    private static String sentence(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    private static LegendEntry entry(Status status, String meaning) {
        return new LegendEntry(status, Words.status(status), meaning);
    }
}
