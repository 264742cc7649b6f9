package org.statustray.desktop.notify;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.Notifier;
import org.statustray.desktop.icons.StatusIconFiles;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.source.text.OneLine;

/**
 * Notices as freedesktop.org desktop notifications over D-Bus. {@link #show} returns at once: the calls go out
 * in order on the notifier's own thread, so a slow or vanished server never holds up the caller. Each
 * notice's {@code thread} keeps its bubble: the next notice of the same thread replaces it while it is on
 * screen. Actions are offered only when the server advertises them.
 */
public final class FreedesktopNotifier implements Notifier {
    private static final System.Logger LOG = System.getLogger(FreedesktopNotifier.class.getName());
    /** Notice titles are page text: a log quotes an excerpt. */
    private static final int LOGGED = 120;
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final DBusConnection connection;
    private final boolean ownsConnection;
    private final NotificationsBus bus;
    private final Set<String> capabilities;
    private final String serverName;
    private final StatusIconFiles icons;
    private final NoticeActions actions;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "statustray-notifications");
        thread.setDaemon(true);
        return thread;
    });
    private final NoticeBubbles bubbles = new NoticeBubbles();
    private final List<AutoCloseable> handlers = new ArrayList<>();
    private volatile boolean available = true;

    private FreedesktopNotifier(NotificationsProbe.Found found, boolean ownsConnection, StatusIconFiles icons,
            NoticeActions actions) throws DBusException {
        this.connection = found.connection();
        this.ownsConnection = ownsConnection;
        this.bus = found.bus();
        this.capabilities = Set.copyOf(found.capabilities());
        this.serverName = found.serverName();
        this.icons = icons;
        this.actions = actions;
        handlers.add(connection.addSigHandler(NotificationsBus.ActionInvoked.class, this::onAction));
        handlers.add(connection.addSigHandler(NotificationsBus.NotificationClosed.class, this::onClosed));
    }

    /** On the session bus; empty when there is no session bus or no notification service on it. */
    public static Optional<FreedesktopNotifier> onSessionBus(StatusIconFiles icons, NoticeActions actions) {
        return create(NotificationsProbe.sessionBus(PROBE_TIMEOUT), true, icons, actions);
    }

    /** On the bus at {@code address} ({@code unix:path=…}); the notifier closes its connection. */
    public static Optional<FreedesktopNotifier> atAddress(String address, StatusIconFiles icons, NoticeActions actions) {
        return create(NotificationsProbe.address(address, PROBE_TIMEOUT), true, icons, actions);
    }

    /** On a connection the caller owns and closes. */
    public static Optional<FreedesktopNotifier> using(DBusConnection connection, StatusIconFiles icons,
            NoticeActions actions) {
        return create(NotificationsProbe.connection(connection, PROBE_TIMEOUT), false, icons, actions);
    }

    private static Optional<FreedesktopNotifier> create(Optional<NotificationsProbe.Found> found, boolean owns,
            StatusIconFiles icons, NoticeActions actions) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FreedesktopNotifier(found.get(), owns, icons, actions));
        } catch (DBusException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot listen to the notification service''s signals: {0}", e.getMessage());
            if (owns) {
                NotificationsProbe.closeQuietly(found.get().connection());
            }
            return Optional.empty();
        }
    }

    @Override
    public void show(Notice notice) {
        try {
            sender.execute(() -> send(notice));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "notifier closed; not shown: {0}", OneLine.of(notice.summary(), LOGGED));
        }
    }

    private void send(Notice notice) {
        if (available && !connection.isConnected()) {
            busGone();
        }
        if (!available) {
            LOG.log(Level.DEBUG, "no bus; not shown: {0}", OneLine.of(notice.summary(), LOGGED));
            return;
        }
        try {
            Status status = notice.status() == null ? Status.UNKNOWN : notice.status();
            NotifyRequest request = NotifyRequest.of(notice, icons.uri(status), capabilities);
            UInt32 id = bus.Notify(NotifyRequest.APP_NAME, bubbles.replaces(notice.thread()), request.appIcon(),
                    request.summary(), request.body(), request.actions(), request.hints(), request.expireTimeout());
            bubbles.shown(notice, id);
        } catch (RuntimeException e) {
            if (!connection.isConnected()) {
                busGone();
            } else {
                LOG.log(Level.WARNING, "could not show the notification \"{0}\": {1}",
                        OneLine.of(notice.summary(), LOGGED), e.getMessage());
            }
        }
    }

    private void busGone() {
        available = false;
        LOG.log(Level.WARNING, "the session bus went away; desktop notifications are off");
    }

    private void onAction(NotificationsBus.ActionInvoked signal) {
        Optional<Notice> ours = bubbles.notice(signal.id());
        if (ours.isEmpty()) {
            return; // another application's notification
        }
        Notice notice = ours.get();
        try {
            switch (signal.actionKey()) {
                case NotifyRequest.ACTION_TIMELINE -> actions.openFor(notice);
                case NotifyRequest.ACTION_PAGE -> {
                    if (notice.url() != null) {
                        actions.openUrl(notice.url());
                    }
                }
                default -> LOG.log(Level.DEBUG, "unknown notification action {0}", signal.actionKey());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the notification action {0} failed: {1}", signal.actionKey(), e.getMessage());
        }
    }

    private void onClosed(NotificationsBus.NotificationClosed signal) {
        bubbles.closed(signal.id());
    }

    /** The bubble a thread's next notice replaces, if it is still on screen. */
    Optional<Long> bubbleOf(String thread) {
        return bubbles.bubbleOf(thread);
    }

    boolean isAvailable() {
        return available && connection.isConnected() && !sender.isShutdown();
    }

    @Override
    public String describe() {
        return "freedesktop notifications (" + serverName + ")";
    }

    /** Sends what is queued (waiting a second at most), then lets go of the bus. */
    @Override
    public void close() {
        if (sender.isShutdown()) {
            return;
        }
        sender.shutdown();
        try {
            sender.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable handler : handlers) {
            try {
                handler.close();
            } catch (Exception e) {
                LOG.log(Level.DEBUG, "removing a signal handler failed: {0}", e.getMessage());
            }
        }
        if (ownsConnection) {
            NotificationsProbe.closeQuietly(connection);
        }
    }
}
