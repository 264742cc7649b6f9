package org.statustray.desktop.sni;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.jspecify.annotations.Nullable;

/** Finding a session bus with a StatusNotifierWatcher on it, without waiting long for one that is not there. */
final class SniBus {
    private static final System.Logger LOG = System.getLogger(SniBus.class.getName());
    /** dbus-java retries a refused connect every 500 ms, for ten seconds unless told otherwise. */
    private static final int CONNECT_RETRY_MILLIS = 1000;

    private SniBus() {
    }

    /** A connection of our own to the bus at {@code address} ({@code null}: the session bus), if a watcher is on it. */
    static Optional<DBusConnection> withWatcher(@Nullable String address) {
        DBusConnection connection;
        try {
            DBusConnectionBuilder builder = address == null ? DBusConnectionBuilder.forSessionBus()
                    : DBusConnectionBuilder.forAddress(address);
            // One thread for the host's calls (dbus-java starts four): each answers at once, and idle threads cost memory.
            connection = builder.withShared(false).receivingThreadConfig().withMethodCallThreadCount(1).connectionConfig()
                    .transportConfig().withTimeout(CONNECT_RETRY_MILLIS).back().build();
        } catch (DBusException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "no session bus: {0}", e.getMessage());
            return Optional.empty();
        }
        try {
            DBus bus = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            if (bus.NameHasOwner(StatusNotifierWatcher.BUS_NAME)) {
                return Optional.of(connection);
            }
            LOG.log(System.Logger.Level.INFO, "no StatusNotifierWatcher on the session bus");
        } catch (DBusException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "could not ask the session bus for a StatusNotifierWatcher: {0}", e.toString());
        }
        connection.disconnect();
        return Optional.empty();
    }

    /**
     * Runs {@code work} on a thread of its own and waits at most {@code timeout} for it; a result that comes
     * later is handed to {@code discard}.
     */
    static <T> Optional<T> within(Duration timeout, Supplier<Optional<T>> work, Consumer<T> discard) {
        CompletableFuture<Optional<T>> result = CompletableFuture.supplyAsync(work, runnable -> {
            Thread thread = new Thread(runnable, "statustray-sni-start");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(System.Logger.Level.INFO, "no answer from the session bus within {0}", timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "no StatusNotifierItem tray: {0}", e.toString());
        }
        result.thenAccept(late -> late.ifPresent(discard));
        return Optional.empty();
    }
}
