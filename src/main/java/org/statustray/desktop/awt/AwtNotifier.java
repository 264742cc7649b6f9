package org.statustray.desktop.awt;

import java.awt.EventQueue;
import java.awt.TrayIcon;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.Notifier;
import org.statustray.desktop.Urgencies;
import org.statustray.model.Notice;
import org.statustray.source.text.OneLine;

/** Notices as balloons from an AWT tray icon, for Windows and macOS (and Linux trays without a notification service). */
public final class AwtNotifier implements Notifier {
    private static final System.Logger LOG = System.getLogger(AwtNotifier.class.getName());
    /** Notice titles are page text: a log quotes an excerpt. */
    private static final int LOGGED = 120;

    private final Supplier<@Nullable TrayIcon> trayIcon;

    /** @param trayIcon the icon in the tray, or null while there is none */
    public AwtNotifier(Supplier<@Nullable TrayIcon> trayIcon) {
        this.trayIcon = trayIcon;
    }

    @Override
    public void show(Notice notice) {
        EventQueue.invokeLater(() -> {
            try {
                TrayIcon icon = trayIcon.get();
                if (icon == null) {
                    LOG.log(Level.INFO, "no tray icon to show \"{0}\" on", OneLine.of(notice.summary(), LOGGED));
                    return;
                }
                icon.displayMessage(notice.summary(), notice.body() == null ? "" : notice.body(), messageType(notice));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not show the notification \"{0}\": {1}",
                        OneLine.of(notice.summary(), LOGGED), e.getMessage());
            }
        });
    }

    static TrayIcon.MessageType messageType(Notice notice) {
        if (Urgencies.of(notice) == Notice.Urgency.CRITICAL) {
            return TrayIcon.MessageType.ERROR;
        }
        return notice.status() != null && notice.status().isProblem()
                ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO;
    }

    @Override
    public String describe() {
        return "tray balloons";
    }

    @Override
    public void close() {
        // the tray owns the icon and removes it
    }
}
