package org.statustray.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.statustray.desktop.notify.NotificationsBus;
import org.statustray.desktop.notify.ServerInformation;

/** A notification server on a test bus that records every call and can send the spec's signals. */
public final class FakeNotificationServer implements NotificationsBus {

    /** One {@code Notify} call, hints unwrapped from their variants; {@code receivedNanos} is System.nanoTime. */
    public record Call(String appName, long replacesId, String appIcon, String summary, String body,
            List<String> actions, Map<String, Object> hints, int expireTimeout, long returnedId, long receivedNanos) {
    }

    private final DBusConnection connection;
    private final List<String> capabilities;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Long> closedByCall = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong(40);

    private FakeNotificationServer(DBusConnection connection, List<String> capabilities) {
        this.connection = connection;
        this.capabilities = List.copyOf(capabilities);
    }

    /** Exports the server on {@code connection} and takes the well-known name. */
    public static FakeNotificationServer start(DBusConnection connection, List<String> capabilities)
            throws DBusException {
        FakeNotificationServer server = new FakeNotificationServer(connection, capabilities);
        connection.exportObject(PATH, server);
        connection.requestBusName(NAME);
        return server;
    }

    @Override
    public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
            List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
        long received = System.nanoTime();
        long id = replacesId.longValue() != 0 ? replacesId.longValue() : lastId.incrementAndGet();
        Map<String, Object> plainHints = new LinkedHashMap<>();
        hints.forEach((key, value) -> plainHints.put(key, value.getValue()));
        synchronized (calls) {
            calls.add(new Call(appName, replacesId.longValue(), appIcon, summary, body, List.copyOf(actions),
                    plainHints, expireTimeout, id, received));
            calls.notifyAll();
        }
        return new UInt32(id);
    }

    @Override
    public List<String> GetCapabilities() {
        return capabilities;
    }

    @Override
    public ServerInformation<String, String, String, String> GetServerInformation() {
        return new ServerInformation<>("fake-notifyd", "StatusTray tests", "1.0", "1.2");
    }

    @Override
    public void CloseNotification(UInt32 id) {
        closedByCall.add(id.longValue());
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls once there are at least {@code count}; fails after 10 s. */
    public List<Call> awaitCalls(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (calls) {
            while (calls.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " notifications, got " + calls);
                }
                TimeUnit.NANOSECONDS.timedWait(calls, left);
            }
            return List.copyOf(calls);
        }
    }

    /** As when the user clicks a notification's button. */
    public void invokeAction(long id, String actionKey) throws DBusException {
        connection.sendMessage(new ActionInvoked(PATH, new UInt32(id), actionKey));
    }

    /** As when a bubble expires (1) or the user dismisses it (2). */
    public void closed(long id, int reason) throws DBusException {
        connection.sendMessage(new NotificationClosed(PATH, new UInt32(id), new UInt32(reason)));
    }
}
