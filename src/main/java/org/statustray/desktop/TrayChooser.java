package org.statustray.desktop;

import java.util.Locale;
import java.util.Optional;
import org.statustray.desktop.awt.AwtTray;
import org.statustray.desktop.sni.SniTray;
import org.jspecify.annotations.Nullable;

/**
 * Picks the tray: a StatusNotifierItem where the session bus has a StatusNotifierWatcher (Linux and the BSDs),
 * else AWT's system tray (XEmbed trays, Windows, macOS), else none.
 */
public final class TrayChooser {
    /** What to tell the person when there is no tray at all. */
    public static final String NO_TRAY = "No system tray was found (no StatusNotifierItem host on the session bus"
            + " and no tray AWT can use), so StatusTray runs as a window.";

    private TrayChooser() {
    }

    /** The tray to use, or empty when the desktop has none: then the app opens its window and says {@link #NO_TRAY}. */
    public static Optional<Tray> choose(TrayActions actions) {
        return choose(null, actions);
    }

    /**
     * As {@link #choose(TrayActions)}, looking for the StatusNotifierWatcher on the bus at {@code busAddress}
     * ({@code null}: the session bus).
     */
    public static Optional<Tray> choose(@Nullable String busAddress, TrayActions actions) {
        if (busAddress != null || isUnixDesktop()) {
            Optional<SniTray> sni = SniTray.start(busAddress, actions);
            if (sni.isPresent()) {
                return Optional.of(sni.get());
            }
        }
        return AwtTray.start(actions).map(Tray.class::cast);
    }

    /**
     * AWT only draws the icons into images where the tray is a StatusNotifierItem, and headless it does so
     * without its own X connection and X11 toolkit (some 3 MB of an idle app's memory). Call before anything
     * touches AWT; a {@code java.awt.headless} given on the command line is kept.
     */
    public static void headlessAwtWhereSniServes() {
        if (System.getProperty("java.awt.headless") != null || !isUnixDesktop()) {
            return;
        }
        if (SniTray.hostOnSessionBus()) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static boolean isUnixDesktop() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }
}
