package org.statustray.desktop.awt;

import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.Tray;
import org.statustray.desktop.TrayActions;
import org.statustray.desktop.TrayMenu;
import org.statustray.desktop.icons.TrayIcons;
import org.statustray.model.TrayState;

/**
 * The tray icon through AWT's {@link SystemTray}: XEmbed trays on Linux, the Windows notification area,
 * the macOS menu bar. Its popup has the same items as the StatusNotifierItem menu; clicking the icon opens
 * the overview. All AWT work happens on the AWT event thread.
 */
public final class AwtTray implements Tray {
    private static final System.Logger LOG = System.getLogger(AwtTray.class.getName());

    private final SystemTray tray;
    private final TrayIcon icon;
    private final TrayActions actions;
    private final TrayMenu menu = new TrayMenu();
    private final int iconSize;
    private @Nullable TrayState shown; // on the AWT thread only

    private AwtTray(SystemTray tray, TrayActions actions) {
        this.tray = tray;
        this.actions = actions;
        Dimension size = tray.getTrayIconSize();
        this.iconSize = Math.max(16, Math.min(size.width, size.height));
        this.icon = new TrayIcon(TrayIcons.render(STARTING, iconSize), STARTING.tooltip(), new PopupMenu());
        icon.setImageAutoSize(true);
        icon.addActionListener(event -> actions.openOverview());
    }

    /** An icon in the system tray, or empty when there is no display or the desktop has no tray AWT can use. */
    public static Optional<AwtTray> start(TrayActions actions) {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return Optional.empty();
        }
        try {
            AwtTray awtTray = onAwtThread(() -> {
                AwtTray created = new AwtTray(SystemTray.getSystemTray(), actions);
                created.fill(STARTING);
                created.tray.add(created.icon);
                return created;
            });
            return Optional.ofNullable(awtTray);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "could not put an icon in the system tray: {0}", e.toString());
            return Optional.empty();
        }
    }

    /** The AWT icon, for showing notification balloons with {@link TrayIcon#displayMessage}. */
    public TrayIcon trayIcon() {
        return icon;
    }

    @Override
    public void update(TrayState state) {
        EventQueue.invokeLater(() -> fill(state));
    }

    private void fill(TrayState state) {
        if (state.equals(shown)) {
            return; // most polls change nothing the tray shows
        }
        if (shown == null || shown.worst() != state.worst() || shown.snoozed() != state.snoozed()) {
            icon.setImage(TrayIcons.render(state, iconSize));
        }
        shown = state;
        icon.setToolTip(state.tooltip());
        PopupMenu popup = icon.getPopupMenu();
        popup.removeAll();
        for (TrayMenu.Entry entry : menu.entries(state)) {
            if (entry instanceof TrayMenu.Separator) {
                popup.addSeparator();
            } else {
                MenuItem item = new MenuItem(entry.label());
                item.setEnabled(!(entry instanceof TrayMenu.Note));
                item.addActionListener(event -> TrayMenu.activate(entry, actions));
                popup.add(item);
            }
        }
    }

    @Override
    public String describe() {
        return "system tray";
    }

    @Override
    public void close() {
        try {
            onAwtThread(() -> {
                tray.remove(icon);
                return null;
            });
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "removing the tray icon: {0}", e.toString());
        }
    }

    private interface AwtWork<T> {
        @Nullable T run() throws AWTException;
    }

    private static <T> @Nullable T onAwtThread(AwtWork<T> work) throws AWTException, InterruptedException {
        if (EventQueue.isDispatchThread()) {
            return work.run();
        }
        Object[] result = new Object[1];
        AWTException[] failure = new AWTException[1];
        try {
            EventQueue.invokeAndWait(() -> {
                try {
                    result[0] = work.run();
                } catch (AWTException e) {
                    failure[0] = e;
                }
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T answer = (T) result[0];
        return answer;
    }
}
