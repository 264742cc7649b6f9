package org.statustray.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;
import org.statustray.testing.FakeNotificationServer;

/**
 * A desktop of its own for the process benchmarks: Xvfb, a session dbus-daemon, a StatusNotifierItem host
 * (status-notifier-watcher + gtk-sni-tray-standalone), and the tests' notification server in this JVM, which
 * notes when each notification arrives.
 */
final class DesktopSession implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final String display;
    private final String busAddress;
    private final long busPid;
    private final DBusConnection connection;
    private final FakeNotificationServer notifications;

    private DesktopSession(String display, String busAddress, long busPid, DBusConnection connection,
            FakeNotificationServer notifications) {
        this.display = display;
        this.busAddress = busAddress;
        this.busPid = busPid;
        this.connection = connection;
        this.notifications = notifications;
    }

    /** What is missing to run it, or null. */
    static String missing() {
        for (String tool : List.of("Xvfb", "dbus-daemon", "status-notifier-watcher", "gtk-sni-tray-standalone")) {
            if (!onPath(tool)) {
                return tool + " is not installed (apt: xvfb dbus haskell-status-notifier-item-utils haskell-gtk-sni-tray-utils)";
            }
        }
        return null;
    }

    static DesktopSession start(Path work) throws Exception {
        String display = freeDisplay();
        List<Process> started = new ArrayList<>();
        started.add(new ProcessBuilder("Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start());
        waitFor(() -> Files.exists(Path.of("/tmp/.X11-unix/X" + display.substring(1))), 15, "Xvfb");
        Process bus = new ProcessBuilder("dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1")
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        long busPid = Long.parseLong(out.readLine().trim());
        bus.waitFor(10, TimeUnit.SECONDS);
        DBusConnection connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        FakeNotificationServer server = FakeNotificationServer.start(connection, List.of("actions", "body"));
        DesktopSession session = new DesktopSession(display, address, busPid, connection, server);
        session.processes.addAll(started);
        session.spawn(work, "watcher", "status-notifier-watcher");
        waitFor(() -> session.hasName("org.kde.StatusNotifierWatcher"), 15, "status-notifier-watcher");
        session.spawn(work, "host", "gtk-sni-tray-standalone");
        Thread.sleep(1000); // the host registers itself with the watcher
        return session;
    }

    /** The environment a child needs to live on this desktop. */
    void environment(Map<String, String> env) {
        env.put("DISPLAY", display);
        env.put("DBUS_SESSION_BUS_ADDRESS", busAddress);
        env.remove("WAYLAND_DISPLAY");
    }

    /** Whether a process has put its StatusNotifierItem on the bus (the name carries its pid). */
    boolean hasTrayItem(long pid) {
        return java.util.Arrays.stream(bus().ListNames())
                .anyMatch(n -> n.startsWith("org.kde.StatusNotifierItem-" + pid + "-"));
    }

    /** Whether a process or one it started (a relaunch) has put its StatusNotifierItem on the bus. */
    boolean hasTrayItem(ProcessHandle process) {
        List<String> prefixes = java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
                .map(p -> "org.kde.StatusNotifierItem-" + p.pid() + "-").toList();
        return java.util.Arrays.stream(bus().ListNames()).anyMatch(n -> prefixes.stream().anyMatch(n::startsWith));
    }

    private DBus bus() {
        try {
            return connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        } catch (org.freedesktop.dbus.exceptions.DBusException e) {
            throw new IllegalStateException(e);
        }
    }

    FakeNotificationServer notifications() {
        return notifications;
    }

    private boolean hasName(String name) {
        try {
            return bus().NameHasOwner(name);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void spawn(Path work, String log, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(log + ".log").toFile());
        environment(pb.environment());
        processes.add(pb.start());
    }

    @Override
    public void close() {
        connection.disconnect();
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
        }
        ProcessHandle.of(busPid).ifPresent(ProcessHandle::destroy);
    }

    private static String freeDisplay() {
        for (int n = 90; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return ":" + n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    static void waitFor(java.util.function.BooleanSupplier ready, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " was not ready within " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
