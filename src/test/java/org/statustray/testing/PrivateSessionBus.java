package org.statustray.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.freedesktop.dbus.bin.EmbeddedDBusDaemon;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/** A D-Bus daemon inside the test's JVM, on a socket in a temporary directory. */
public final class PrivateSessionBus implements AutoCloseable {
    private final EmbeddedDBusDaemon daemon;
    private final String address;
    private final List<DBusConnection> connections = new ArrayList<>();

    private PrivateSessionBus(EmbeddedDBusDaemon daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    /**
     * A daemon that has answered one client. dbus-java's embedded daemon, started right after another one
     * closed and with the CPU busy, sometimes drops its listening socket as its first client says Hello
     * ("Disconnected", "Connection reset", "transport returned -1", or a NullPointerException inside
     * dbus-java's handshake); seen about once in 70 starts on two loaded cores. A first connection made
     * here takes that fall, and such a daemon is replaced.
     */
    public static PrivateSessionBus start(Path dir) throws DBusException, IOException {
        String address = "unix:path=" + dir.resolve("bus");
        for (int attempt = 1; ; attempt++) {
            EmbeddedDBusDaemon daemon = new EmbeddedDBusDaemon(address + ",listen=true");
            daemon.startInBackgroundAndWait(10_000);
            try {
                DBusConnectionBuilder.forAddress(address).withShared(false).build().close();
                return new PrivateSessionBus(daemon, address);
            } catch (DBusException | RuntimeException dropped) {
                daemon.close();
                if (attempt == 5) {
                    throw dropped;
                }
            }
        }
    }

    /** The address clients connect to. */
    public String address() {
        return address;
    }

    /** A new private connection, closed with the bus. */
    public synchronized DBusConnection connect() throws DBusException {
        DBusConnection connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        connections.add(connection);
        return connection;
    }

    /** Stops the daemon, as when a desktop session ends, leaving clients' connections to find out. */
    public void stopDaemon() throws IOException {
        daemon.close();
    }

    @Override
    public synchronized void close() throws IOException {
        for (DBusConnection connection : connections) {
            connection.close();
        }
        daemon.close();
    }
}
