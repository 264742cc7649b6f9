package org.statustray.desktop.sni;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.statustray.testing.PrivateSessionBus;

/** A StatusNotifierWatcher that only records who registers. */
public final class FakeWatcher implements StatusNotifierWatcher, AutoCloseable {
    public final List<String> registered = new CopyOnWriteArrayList<>();
    private final DBusConnection connection;
    private final boolean refuses;

    private FakeWatcher(DBusConnection connection, boolean refuses) {
        this.connection = connection;
        this.refuses = refuses;
    }

    public static FakeWatcher on(PrivateSessionBus bus) throws DBusException {
        return start(bus.connect(), false);
    }

    /** A watcher on any test bus connection (the connection is the watcher's own). */
    public static FakeWatcher on(DBusConnection connection) throws DBusException {
        return start(connection, false);
    }

    /** A watcher that answers every registration with an error. */
    public static FakeWatcher refusing(PrivateSessionBus bus) throws DBusException {
        return start(bus.connect(), true);
    }

    private static FakeWatcher start(DBusConnection connection, boolean refuses) throws DBusException {
        FakeWatcher watcher = new FakeWatcher(connection, refuses);
        connection.exportObject(PATH, watcher);
        connection.requestBusName(BUS_NAME);
        return watcher;
    }

    @Override
    public void RegisterStatusNotifierItem(String service) {
        if (refuses) {
            throw new DBusExecutionException("no room in this tray");
        }
        registered.add(service);
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
