package org.statustray.desktop;

import java.io.IOException;
import java.nio.file.Path;
import org.freedesktop.dbus.bin.EmbeddedDBusDaemon;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/** A private D-Bus daemon in this process, listening on a socket in a temporary folder. */
final class SniTestBus implements AutoCloseable {
    private final EmbeddedDBusDaemon daemon;
    private final String address;

    SniTestBus(Path folder) throws DBusException {
        address = "unix:path=" + folder.resolve("bus");
        daemon = new EmbeddedDBusDaemon(address + ",listen=true");
        daemon.startInBackgroundAndWait(10_000);
    }

    String address() {
        return address;
    }

    DBusConnection connect() throws DBusException {
        return DBusConnectionBuilder.forAddress(address).withShared(false).build();
    }

    @Override
    public void close() throws IOException {
        daemon.close();
    }
}
