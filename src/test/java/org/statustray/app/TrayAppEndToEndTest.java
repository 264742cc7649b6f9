package org.statustray.app;

import org.statustray.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.Tray;
import org.statustray.desktop.icons.StatusIconFiles;
import org.statustray.desktop.icons.TrayIcons;
import org.statustray.desktop.notify.FreedesktopNotifier;
import org.statustray.desktop.sni.DbusMenu;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.desktop.sni.SniClient;
import org.statustray.desktop.sni.SniTray;
import org.statustray.model.Status;
import org.statustray.testing.FakeNotificationServer;
import org.statustray.testing.LocalServer;
import org.statustray.testing.PrivateSessionBus;

/**
 * The whole app with no screen: a local status page whose state the test flips, the app polling it every
 * second, and a private D-Bus with a fake notification server and a fake tray watcher.
 */
class TrayAppEndToEndTest {
    @TempDir
    Path dir;
    final AtomicReference<String> page = new AtomicReference<>(Pages.calm());

    @Test
    void notificationsAndTheTrayFollowThePageAndARestartRepeatsNothing() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(Files.createDirectories(dir.resolve("bus")));
             LocalServer server = LocalServer.start()) {
            server.route("/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json",
                    page.get().getBytes(StandardCharsets.UTF_8)));
            FakeNotificationServer notifications = FakeNotificationServer.start(bus.connect(), List.of("actions", "body"));
            FakeWatcher watcher = FakeWatcher.on(bus.connect());
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"services\": [{\"id\": \"local\", \"name\": \"Local test\","
                    + " \"url\": \"" + server.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}],"
                    + " \"notifications\": {\"maintenance\": false, \"quietHours\": null}}");
            GlobalOptions options = GlobalOptions.parse(new String[] {"--config", config.toString(), "--data-dir",
                dir.resolve("data").toString()});

            TrayApp.Running app = TrayApp.start(options, quiet(), desktop(bus));
            await(() -> !watcher.registered.isEmpty());
            SniClient tray = new SniClient(bus.connect(), watcher.registered.get(0));
            await(() -> tooltip(tray).contains("Local test: operational"));
            assertThat(centre(tray)).isEqualTo(TrayIcons.colour(Status.OPERATIONAL).getRGB());

            page.set(Pages.degraded("We are investigating errors."));
            var first = notifications.awaitCalls(1).get(0);
            assertThat(first.summary()).isEqualTo("Local test: degraded");
            assertThat(first.body()).isEqualTo("Errors on the API\nWe are investigating errors.");
            assertThat(first.hints().get("urgency")).isEqualTo((byte) 1);
            assertThat(first.replacesId()).isZero();
            await(() -> tooltip(tray).contains("Local test: degraded"));
            assertThat(centre(tray)).isEqualTo(TrayIcons.colour(Status.DEGRADED).getRGB());

            page.set(Pages.degraded("We are investigating errors.", "A fix is being deployed."));
            var update = notifications.awaitCalls(2).get(1);
            assertThat(update.summary()).isEqualTo("Local test: Errors on the API (identified)");
            assertThat(update.body()).isEqualTo("A fix is being deployed.");
            assertThat(update.replacesId()).as("replaces the incident's bubble").isEqualTo(first.returnedId());

            page.set(Pages.calm());
            var recovered = notifications.awaitCalls(3).get(2);
            assertThat(recovered.summary()).isEqualTo("Local test recovered");
            assertThat(recovered.hints().get("urgency")).isEqualTo((byte) 0);
            await(() -> tooltip(tray).contains("Local test: operational"));
            assertThat(centre(tray)).isEqualTo(TrayIcons.colour(Status.OPERATIONAL).getRGB());

            quitFromMenu(tray);
            app.awaitQuit();
            app.close();
            assertThat(notifications.calls()).hasSize(3);

            watcher.registered.clear();
            int polled = server.requests("/api/v2/summary.json");
            TrayApp.Running again = TrayApp.start(options, quiet(), desktop(bus));
            await(() -> server.requests("/api/v2/summary.json") >= polled + 3);
            assertThat(notifications.calls()).as("a restart repeats nothing").hasSize(3);
            again.close();
        }
    }

    static DesktopSetup desktop(PrivateSessionBus bus) {
        return new DesktopSetup() {
            @Override
            public Chosen notifier(org.statustray.desktop.NoticeActions actions) {
                return new Chosen(FreedesktopNotifier.atAddress(bus.address(),
                        new StatusIconFiles(Path.of(System.getProperty("java.io.tmpdir"), "statustray-test-icons")),
                        actions).orElseThrow(), "test bus");
            }

            @Override
            public java.util.Optional<Tray> tray(org.statustray.desktop.TrayActions actions) {
                return SniTray.start(bus.address(), actions).map(t -> t);
            }
        };
    }

    /** A fake notification server and a fake tray host on {@code bus}; the tray host, which records who registers. */
    static FakeWatcher fakeDesktop(PrivateSessionBus bus) throws Exception {
        FakeNotificationServer.start(bus.connect(), List.of("actions", "body"));
        return FakeWatcher.on(bus.connect());
    }

    static void quitFromMenu(SniClient tray) throws Exception {
        tray.call(DbusMenu.PATH, DbusMenu.INTERFACE, "Event", "isvu", 6, "clicked", new Variant<>(0), new UInt32(0));
    }

    static String tooltip(SniClient tray) {
        try {
            return tray.toolTipText();
        } catch (Exception e) {
            return "";
        }
    }

    static int centre(SniClient tray) throws Exception {
        return tray.iconPixmaps().get(0).centre();
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static void await(BooleanSupplier condition) {
        Await.until(condition, Duration.ofSeconds(20), "the awaited condition");
    }

    /** Statuspage summaries for one service, calm or with an incident. */
    static final class Pages {
        private Pages() {
        }

        static String calm() {
            return "{\"page\":{\"name\":\"Local\"},\"status\":{\"indicator\":\"none\",\"description\":\"All Systems Operational\"},"
                    + "\"components\":[{\"id\":\"api\",\"name\":\"API\",\"status\":\"operational\"}],\"incidents\":[]}";
        }

        static String degraded(String... posts) {
            StringBuilder updates = new StringBuilder();
            for (int i = posts.length - 1; i >= 0; i--) {
                updates.append(updates.length() == 0 ? "" : ",").append("{\"id\":\"u").append(i).append("\",\"status\":\"")
                        .append(i == 0 ? "investigating" : "identified").append("\",\"body\":\"").append(posts[i])
                        .append("\",\"display_at\":\"2026-11-25T10:0").append(i).append(":00Z\"}");
            }
            return "{\"page\":{\"name\":\"Local\"},\"status\":{\"indicator\":\"minor\",\"description\":\"Minor Service Outage\"},"
                    + "\"components\":[{\"id\":\"api\",\"name\":\"API\",\"status\":\"degraded_performance\"}],"
                    + "\"incidents\":[{\"id\":\"i1\",\"name\":\"Errors on the API\",\"status\":\""
                    + (posts.length == 1 ? "investigating" : "identified") + "\",\"impact\":\"minor\","
                    + "\"created_at\":\"2026-11-25T10:00:00Z\",\"incident_updates\":[" + updates + "],"
                    + "\"components\":[{\"id\":\"api\"}]}]}";
        }
    }
}
