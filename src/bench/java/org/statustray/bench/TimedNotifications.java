package org.statustray.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.statustray.desktop.NotificationsBus;
import org.statustray.desktop.ServerInformation;

/** A notification server that notes when (System.nanoTime) each notification arrives, and its summary. */
final class TimedNotifications implements NotificationsBus {
    record Shown(long nanoTime, String summary) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    static TimedNotifications start(DBusConnection connection) throws DBusException {
        TimedNotifications server = new TimedNotifications();
        connection.exportObject(PATH, server);
        connection.requestBusName(NAME);
        return server;
    }

    @Override
    public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
            List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
        long now = System.nanoTime();
        synchronized (shown) {
            shown.add(new Shown(now, summary));
            shown.notifyAll();
        }
        return new UInt32(replacesId.longValue() != 0 ? replacesId.longValue() : ids.incrementAndGet());
    }

    /** The first notification after index {@code from} whose summary contains {@code text}; waits up to 30 s. */
    Shown await(int from, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (shown) {
            while (true) {
                for (int i = from; i < shown.size(); i++) {
                    if (shown.get(i).summary().contains(text)) {
                        return shown.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no notification with '" + text + "'; got " + shown);
                }
                TimeUnit.NANOSECONDS.timedWait(shown, left);
            }
        }
    }

    int count() {
        return shown.size();
    }

    @Override
    public List<String> GetCapabilities() {
        return List.of("actions", "body");
    }

    @Override
    public ServerInformation<String, String, String, String> GetServerInformation() {
        return new ServerInformation<>("statustray-bench", "StatusTray", "1.0", "1.2");
    }

    @Override
    public void CloseNotification(UInt32 id) {
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }
}
