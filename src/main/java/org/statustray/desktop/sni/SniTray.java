package org.statustray.desktop.sni;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.Tray;
import org.statustray.desktop.TrayActions;
import org.statustray.model.TrayState;

/**
 * The tray icon as a StatusNotifierItem on the session bus (KDE, GNOME with AppIndicator support, waybar,
 * most Linux panels): a bus name {@code org.kde.StatusNotifierItem-<pid>-<n>}, the item at
 * {@code /StatusNotifierItem}, its menu at {@code /MenuBar}, registered with the StatusNotifierWatcher
 * (again whenever the watcher restarts). Clicks run {@link TrayActions} on a thread of its own.
 */
public final class SniTray implements Tray {
    private static final System.Logger LOG = System.getLogger(SniTray.class.getName());
    /** How long looking for a session bus and a watcher may take before we say there is none. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final DBusConnection connection;
    private final String busName;
    private final SniItem item;
    private final SniMenu menu;
    private final ExecutorService actionThread;
    private TrayState state = STARTING;
    private @Nullable AutoCloseable watcherRestarts;
    private boolean closed;

    private SniTray(DBusConnection connection, TrayActions actions) {
        this.connection = connection;
        this.busName = "org.kde.StatusNotifierItem-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet();
        this.actionThread = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "statustray-tray-actions");
            thread.setDaemon(true);
            return thread;
        });
        this.item = new SniItem(STARTING, actions, actionThread);
        this.menu = new SniMenu(STARTING, actions, actionThread);
    }

    /** Whether the session bus has a StatusNotifierWatcher, as far as {@link #PROBE_TIMEOUT} lets us tell. */
    public static boolean hostOnSessionBus() {
        Optional<DBusConnection> found = SniBus.within(PROBE_TIMEOUT, () -> SniBus.withWatcher(null),
                DBusConnection::disconnect);
        found.ifPresent(DBusConnection::disconnect);
        return found.isPresent();
    }

    /** A tray item on the session bus, or empty when there is no session bus or no StatusNotifierWatcher on it. */
    public static Optional<SniTray> start(TrayActions actions) {
        return start(null, actions);
    }

    /** As {@link #start(TrayActions)} on the bus at {@code busAddress} ({@code null}: the session bus). */
    public static Optional<SniTray> start(@Nullable String busAddress, TrayActions actions) {
        return SniBus.within(PROBE_TIMEOUT, () -> SniBus.withWatcher(busAddress).flatMap(connection -> {
            SniTray tray = new SniTray(connection, actions);
            try {
                tray.export();
                return Optional.of(tray);
            } catch (DBusException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not put an icon in the StatusNotifierItem tray: {0}",
                        e.toString());
                tray.close();
                return Optional.empty();
            }
        }), SniTray::close);
    }

    private void export() throws DBusException {
        connection.exportObject(StatusNotifierItem.PATH, item);
        connection.exportObject(DbusMenu.PATH, menu);
        connection.requestBusName(busName);
        watcherRestarts = connection.addSigHandler(DBus.NameOwnerChanged.class, signal -> {
            if (StatusNotifierWatcher.BUS_NAME.equals(signal.name) && !signal.newOwner.isEmpty()) {
                register();
            }
        });
        if (!register()) {
            throw new DBusException("the StatusNotifierWatcher did not take our item");
        }
    }

    private boolean register() {
        try {
            connection.getRemoteObject(StatusNotifierWatcher.BUS_NAME, StatusNotifierWatcher.PATH,
                    StatusNotifierWatcher.class).RegisterStatusNotifierItem(busName);
            LOG.log(System.Logger.Level.DEBUG, "registered {0} with the StatusNotifierWatcher", busName);
            return true;
        } catch (DBusException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the StatusNotifierWatcher refused our item: {0}", e.toString());
            return false;
        }
    }

    /** The bus name the item is registered under. */
    public String busName() {
        return busName;
    }

    @Override
    public synchronized void update(TrayState next) {
        if (closed || next.equals(state)) {
            return;
        }
        TrayState previous = state;
        state = next;
        item.update(next);
        long revision = menu.update(next);
        try {
            if (previous.worst() != next.worst() || previous.snoozed() != next.snoozed()) {
                send(new StatusNotifierItem.NewIcon(StatusNotifierItem.PATH));
                send(new StatusNotifierItem.NewAttentionIcon(StatusNotifierItem.PATH));
            }
            if (!previous.tooltip().equals(next.tooltip())) {
                send(new StatusNotifierItem.NewToolTip(StatusNotifierItem.PATH));
            }
            String status = SniProperties.status(next);
            if (!SniProperties.status(previous).equals(status)) {
                send(new StatusNotifierItem.NewStatus(StatusNotifierItem.PATH, status));
            }
            if (revision >= 0) {
                send(new DbusMenu.LayoutUpdated(DbusMenu.PATH, new UInt32(revision), SniMenuItems.ROOT));
            }
        } catch (DBusException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not tell the tray host about a change: {0}", e.toString());
        }
    }

    private void send(DBusSignal signal) {
        connection.sendMessage(signal);
    }

    @Override
    public String describe() {
        return "StatusNotifierItem";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (watcherRestarts != null) {
                watcherRestarts.close();
            }
            connection.releaseBusName(busName);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the tray item: {0}", e.toString());
        }
        connection.disconnect();
        actionThread.shutdown();
    }
}
