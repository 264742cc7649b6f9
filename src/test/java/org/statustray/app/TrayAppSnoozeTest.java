package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.app.TrayAppEndToEndTest.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.testing.FakeNotificationServer;
import org.statustray.testing.LocalServer;
import org.statustray.testing.PrivateSessionBus;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The running app (headless): snoozing from the tray menu shows in the overview at once with until when, and
 * Resume notifications takes it away; a muted service's row is marked.
 */
class TrayAppSnoozeTest {
    @TempDir
    Path dir;

    @Test
    void theOverviewFollowsTheTraysSnoozeAndMarksTheMutedService() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(Files.createDirectories(dir.resolve("bus")));
             LocalServer server = LocalServer.start()) {
            server.route("/github/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json",
                    TrayAppEndToEndTest.Pages.calm().getBytes(StandardCharsets.UTF_8)));
            FakeNotificationServer.start(bus.connect(), List.of("actions", "body"));
            FakeWatcher watcher = FakeWatcher.on(bus.connect());
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"services\": [{\"id\": \"github\", \"name\": \"GitHub\", \"url\": \""
                    + server.root() + "/github\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1},"
                    + " {\"id\": \"quiet\", \"name\": \"Quiet\", \"url\": \"" + server.root()
                    + "/github\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1, \"muted\": true}]}");
            GlobalOptions options = GlobalOptions.parse(new String[] {"--config", config.toString(), "--data-dir",
                dir.resolve("data").toString(), "--open", "overview"});

            TrayApp.Running app = TrayApp.start(options, TrayAppEndToEndTest.quiet(), TrayAppEndToEndTest.desktop(bus));
            await(() -> !watcher.registered.isEmpty());
            Stage overview = TrayAppWindowsTest.showing("StatusTray");
            ListView<?> services = (ListView<?>) overview.getScene().lookup(".list-view");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.getItems().size() == 2);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> overview.getScene().lookup("#muted-mark") != null);
            Node bar = overview.getScene().lookup("#snooze-bar");
            assertThat(bar.isVisible()).isFalse();

            app.actions().snooze(Duration.ofHours(1));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, bar::isVisible);
            assertThat(((Label) overview.getScene().lookup("#snooze-line")).getText())
                    .matches("Notifications snoozed until (\\S+ )?\\d\\d:\\d\\d \\S+");

            app.actions().resumeNotifications();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !bar.isVisible());

            app.actions().quit();
            app.awaitQuit();
            app.close();
        }
    }
}
