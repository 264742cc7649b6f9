package org.statustray.desktop;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.statustray.desktop.awt.AwtNotifier;
import org.statustray.desktop.icons.StatusIconFiles;
import org.statustray.desktop.notify.FreedesktopNotifier;
import org.statustray.desktop.notify.PopupNotifier;

/**
 * Picks how to show notices: the freedesktop notification service where there is one (Linux and other
 * freedesktop systems), else balloons from the AWT tray icon, else JavaFX pop-ups.
 */
public final class NotifierChooser {
    private static final System.Logger LOG = System.getLogger(NotifierChooser.class.getName());

    /** The notifier chosen and one line that says which and why. */
    public record Choice(Notifier notifier, String description) {
    }

    private NotifierChooser() {
    }

    /**
     * @param awtTrayIcon the AWT tray icon when the tray uses one, else null (then no balloons)
     */
    public static Choice choose(StatusIconFiles icons, NoticeActions actions, Supplier<TrayIcon> awtTrayIcon) {
        boolean freedesktop = isFreedesktopPlatform(System.getProperty("os.name", ""));
        return choose(freedesktop, () -> FreedesktopNotifier.onSessionBus(icons, actions),
                () -> awtTrayIcon != null && awtTraySupported(),
                () -> new AwtNotifier(awtTrayIcon), () -> new PopupNotifier(actions));
    }

    static Choice choose(boolean freedesktopPlatform, Supplier<Optional<? extends Notifier>> freedesktop,
            BooleanSupplier awtTray, Supplier<Notifier> awt, Supplier<Notifier> popup) {
        String missing = "";
        if (freedesktopPlatform) {
            Optional<? extends Notifier> found = freedesktop.get();
            if (found.isPresent()) {
                return choice(found.get(), "");
            }
            missing = "no notification service on the session bus";
        }
        if (awtTray.getAsBoolean()) {
            return choice(awt.get(), missing);
        }
        return choice(popup.get(), missing.isEmpty() ? "no system tray" : missing + " and no system tray");
    }

    private static Choice choice(Notifier notifier, String why) {
        return new Choice(notifier, "notifications: " + notifier.describe() + (why.isEmpty() ? "" : " (" + why + ")"));
    }

    static boolean isFreedesktopPlatform(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }

    private static boolean awtTraySupported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.DEBUG, "no AWT tray: {0}", e.toString());
            return false;
        }
    }
}
