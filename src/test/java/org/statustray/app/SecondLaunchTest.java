package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.app.TrayAppEndToEndTest.await;
import static org.statustray.app.TrayAppWindowsTest.showing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.testing.LocalServer;
import org.statustray.testing.OneServiceConfig;
import org.statustray.testing.PrivateSessionBus;
import org.statustray.watch.DetectorPageSource;
import org.testfx.api.FxToolkit;

/**
 * Launching the tray app again on the same data directory (headless, Monocle): the running app opens the
 * window the second launch asks for (its {@code --open}, or the overview), and the second ends at once with
 * exit 0, having started nothing of its own; beside a {@code watch}, which has no windows, it says so and
 * fails. Files a killed app left behind (its lock file, its socket) do not stop the next start.
 */
@Timeout(120)
class SecondLaunchTest {
    static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    PrivateSessionBus bus;
    LocalServer server;
    /** {@code --config FILE --data-dir DIR} for one local service, calm. */
    String[] where;
    Path data;

    @BeforeEach
    void calmPageAndAPrivateBus() throws Exception {
        bus = PrivateSessionBus.start(Files.createDirectories(dir.resolve("bus")));
        server = LocalServer.start().route("/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json",
                TrayAppEndToEndTest.Pages.calm().getBytes(StandardCharsets.UTF_8)));
        data = dir.resolve("data");
        where = new String[] {"--config", OneServiceConfig.write(dir, "local", "Local test", server.root()).toString(),
            "--data-dir", data.toString()};
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        bus.close();
    }

    @Test
    void theRunningAppOpensTheWindowASecondLaunchAsksForAndTheSecondEnds() throws Exception {
        FakeWatcher trayHost = TrayAppEndToEndTest.fakeDesktop(bus);
        TrayApp.Running app = trayApp(trayHost);
        try {
            assertThat(CliRun.within(LIMIT, with("--open", "history"))).isEqualTo(new CliRun(0, "", ""));
            showing("Incident history — StatusTray");
            FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
            assertThat(CliRun.within(LIMIT, where)).as("no --open: the overview").isEqualTo(new CliRun(0, "", ""));
            showing("StatusTray");
            assertThat(CliRun.within(LIMIT, with("--open", "timeline:local"))).isEqualTo(new CliRun(0, "", ""));
            showing("Local test — StatusTray");

            assertThat(trayHost.registered).as("one tray icon: the second launches started no app").hasSize(1);
        } finally {
            app.close();
        }
    }

    @Test
    void aSecondLaunchWithOpenAllOpensTheAllServicesWindowInTheRunningApp() throws Exception {
        FakeWatcher trayHost = TrayAppEndToEndTest.fakeDesktop(bus);
        TrayApp.Running app = trayApp(trayHost);
        try {
            assertThat(CliRun.within(LIMIT, with("--open", "all"))).isEqualTo(new CliRun(0, "", ""));
            showing("All services — StatusTray");
            assertThat(trayHost.registered).as("one tray icon: the second launch started no app").hasSize(1);
        } finally {
            app.close();
        }
    }

    @Test
    void aTrayLaunchBesideAWatchSaysThatHasNoWindowsAndFails() throws Exception {
        WatchCommand.Session watch = WatchCommand.start(new Watching.Setup(Path.of(where[1]), data, Clock.systemUTC(),
                DetectorPageSource::new), discard(), discard(), false, r -> { });
        try {
            CliRun tray = CliRun.within(LIMIT, with("--open", "history"));
            assertThat(tray.exit()).isEqualTo(Cli.ALREADY_RUNNING);
            assertThat(tray.out()).isEmpty();
            assertThat(tray.err()).isEqualTo("statustray: the data directory " + data + " is in use by statustray"
                    + " watch (pid " + ProcessHandle.current().pid() + "), which shows no windows: stop it first,"
                    + " or give another --data-dir\n");
        } finally {
            watch.close();
        }
    }

    @Test
    void aLockFileAndASocketAKilledAppLeftBehindDoNotStopTheNextStart() throws Exception {
        FakeWatcher trayHost = TrayAppEndToEndTest.fakeDesktop(bus);
        Files.createDirectories(data);
        Files.writeString(data.resolve("instance.lock"), "4242 tray\n");
        Path socket = data.resolve("instance.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(socket)); // closed without unlinking, as a killed process leaves it
        }
        assertThat(socket).exists();

        TrayApp.Running app = trayApp(trayHost);
        try {
            assertThat(CliRun.within(LIMIT, where)).isEqualTo(new CliRun(0, "", ""));
            showing("StatusTray");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        } finally {
            app.close();
        }
        assertThat(socket).as("a clean quit takes its socket away").doesNotExist();
    }

    /** The tray app on the private bus, once its icon is up. */
    private TrayApp.Running trayApp(FakeWatcher trayHost) throws Exception {
        TrayApp.Running app = TrayApp.start(GlobalOptions.parse(where), TrayAppEndToEndTest.quiet(),
                TrayAppEndToEndTest.desktop(bus));
        await(() -> !trayHost.registered.isEmpty());
        return app;
    }

    private String[] with(String... more) {
        return Stream.concat(Stream.of(where), Stream.of(more)).toArray(String[]::new);
    }

    private static PrintStream discard() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
