package org.statustray.desktop.notify;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/**
 * Finds a notification service: connects (unless given a connection) and asks for its name and
 * capabilities, all within a time limit, so a missing bus or a silent service never holds up the start.
 */
final class NotificationsProbe {
    private static final System.Logger LOG = System.getLogger(NotificationsProbe.class.getName());
    private static final int CONNECT_MILLIS = 500;

    record Found(DBusConnection connection, NotificationsBus bus, String serverName, List<String> capabilities) {
    }

    private interface Connector {
        DBusConnection connect() throws DBusException;
    }

    private NotificationsProbe() {
    }

    static Optional<Found> sessionBus(Duration timeout) {
        return probe(() -> connectOnce(DBusConnectionBuilder.forSessionBus()), true, timeout);
    }

    static Optional<Found> address(String address, Duration timeout) {
        return probe(() -> connectOnce(DBusConnectionBuilder.forAddress(address)), true, timeout);
    }

    /** dbus-java retries a missing socket for 10 s; a bus that is not there now is not there. */
    private static DBusConnection connectOnce(DBusConnectionBuilder builder) throws DBusException {
        // Nothing calls our methods on this connection (the server sends signals): one thread, not dbus-java's four.
        return builder.withShared(false).receivingThreadConfig().withMethodCallThreadCount(1).connectionConfig()
                .transportConfig().withTimeout(CONNECT_MILLIS).back().build();
    }

    static Optional<Found> connection(DBusConnection connection, Duration timeout) {
        return probe(() -> connection, false, timeout);
    }

    private static Optional<Found> probe(Connector connector, boolean owns, Duration timeout) {
        CompletableFuture<Found> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                answer.complete(ask(connector.connect(), owns));
            } catch (Exception | LinkageError e) {
                answer.completeExceptionally(e);
            }
        }, "notifications-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.of(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.log(Level.INFO, "the notification service did not answer within {0} s", timeout.toSeconds());
            if (owns) { // a late answer's connection is closed when it comes
                answer.thenAccept(found -> closeQuietly(found.connection()));
            }
        } catch (ExecutionException e) {
            LOG.log(Level.INFO, "no notification service: {0}", reason(Objects.requireNonNullElse(e.getCause(), e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static Found ask(DBusConnection connection, boolean owns) throws DBusException {
        try {
            NotificationsBus bus = connection.getRemoteObject(NotificationsBus.NAME, NotificationsBus.PATH,
                    NotificationsBus.class);
            ServerInformation<String, String, String, String> info = bus.GetServerInformation();
            List<String> capabilities = bus.GetCapabilities();
            String name = info.name() + (info.version() == null || info.version().isBlank() ? "" : " " + info.version());
            return new Found(connection, bus, name, capabilities == null ? List.of() : List.copyOf(capabilities));
        } catch (DBusException | RuntimeException e) {
            if (owns) {
                closeQuietly(connection);
            }
            throw e;
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void closeQuietly(DBusConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "closing the D-Bus connection failed: {0}", e.getMessage());
        }
    }
}
