package org.statustray.app;

import java.awt.TrayIcon;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.Notifier;
import org.statustray.desktop.NotifierChooser;
import org.statustray.desktop.Tray;
import org.statustray.desktop.TrayActions;
import org.statustray.desktop.TrayChooser;
import org.statustray.desktop.awt.AwtTray;
import org.statustray.desktop.icons.StatusIconFiles;

/** How the app reaches the desktop: the session's own services, or (in tests) a private bus. */
interface DesktopSetup {

    /** The notifier and a line saying which one it is. */
    Chosen notifier(NoticeActions actions);

    Optional<Tray> tray(TrayActions actions);

    record Chosen(Notifier notifier, String description) {
    }

    /** The user's desktop: freedesktop notifications and a StatusNotifierItem, or their fallbacks. */
    static DesktopSetup session() {
        TrayChooser.headlessAwtWhereSniServes();
        AtomicReference<Tray> tray = new AtomicReference<>();
        return new DesktopSetup() {
            @Override
            public Chosen notifier(NoticeActions actions) {
                // Tray balloons (Windows, macOS) need the AWT tray's icon, which may be made after this.
                Supplier<TrayIcon> awtIcon = () -> tray.get() instanceof AwtTray ? ((AwtTray) tray.get()).trayIcon() : null;
                var c = NotifierChooser.choose(new StatusIconFiles(StatusIconFiles.defaultDir()), actions, awtIcon);
                return new Chosen(c.notifier(), c.description());
            }

            @Override
            public Optional<Tray> tray(TrayActions actions) {
                Optional<Tray> chosen = TrayChooser.choose(actions);
                chosen.ifPresent(tray::set);
                return chosen;
            }
        };
    }
}
