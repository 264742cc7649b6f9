package org.statustray.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/**
 * The look of every window: AtlantaFX's Primer, dark when the desktop asks for dark (GNOME's
 * {@code color-scheme}, a {@code :dark} GTK theme, or {@code STATUSTRAY_THEME=dark|light}). Call on the FX thread.
 */
public final class Theme {
    private static boolean applied;
    private static boolean dark;

    private Theme() {
    }

    /** Sets the theme once for the whole application. */
    public static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        dark = prefersDark(System.getenv(), Theme::gnomeColorScheme);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static synchronized boolean isDark() {
        return dark;
    }

    /** Whether the desktop prefers dark; {@code gsettings} is asked only when the environment says nothing. */
    static boolean prefersDark(Map<String, String> env, java.util.function.Supplier<String> colorScheme) {
        String forced = env.getOrDefault("STATUSTRAY_THEME", "").toLowerCase(Locale.ROOT);
        if (forced.equals("dark") || forced.equals("light")) {
            return forced.equals("dark");
        }
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (!gtk.isEmpty()) {
            return gtk.contains(":dark") || gtk.endsWith("-dark");
        }
        return colorScheme.get().contains("dark");
    }

    private static String gnomeColorScheme() {
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readNBytes(200), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // no gsettings: not GNOME
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
