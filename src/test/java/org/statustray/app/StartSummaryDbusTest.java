package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.app.TrayAppEndToEndTest.await;
import static org.statustray.app.TrayAppEndToEndTest.desktop;
import static org.statustray.app.TrayAppEndToEndTest.quiet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.testing.FakeNotificationServer;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.PrivateSessionBus;

/**
 * The tray app started on three real pages already in trouble and one calm one, notifying over a private
 * D-Bus: one summary bubble at start, a bubble of its own for a page that goes wrong later, and nothing again
 * after a restart.
 */
class StartSummaryDbusTest {
    static final String GITHUB_INCIDENT = "statuspage/summary-githubstatus-2022-11-25-packages-incident.json";
    @TempDir
    Path dir;
    final AtomicReference<byte[]> calm = new AtomicReference<>(Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"));

    @Test
    void threeServicesInTroubleAtFirstStartAreOneSummaryBubble() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(Files.createDirectories(dir.resolve("bus")));
             LocalServer server = LocalServer.start()) {
            server.json("/github/api/v2/summary.json", 200, Fixtures.bytes(GITHUB_INCIDENT));
            server.json("/slack/api/v2.0.0/current", 200,
                    Fixtures.bytes("slack/current-v2-slack-composite-2019-11-to-2019-12.json"));
            server.json("/instatus/summary.json", 200, Fixtures.bytes("instatus/summary-instatus-docs-example.json"));
            server.route("/calm/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", calm.get()));
            FakeNotificationServer notifications = FakeNotificationServer.start(bus.connect(), List.of("actions", "body"));
            FakeWatcher.on(bus.connect());
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"probes\": false, \"services\": ["
                    + service(server, "github", "GitHub", "statuspage") + ", " + service(server, "slack", "Slack", "slack")
                    + ", " + service(server, "instatus", "Instatus", "instatus") + ", "
                    + service(server, "calm", "Calm page", "statuspage") + "],"
                    + " \"notifications\": {\"maintenance\": false, \"quietHours\": null}}");
            GlobalOptions options = GlobalOptions.parse(new String[] {"--config", config.toString(), "--data-dir",
                dir.resolve("data").toString()});

            TrayApp.Running app = TrayApp.start(options, quiet(), desktop(bus));
            FakeNotificationServer.Call summary = notifications.awaitCalls(1).get(0);
            assertThat(summary.summary()).isEqualTo("3 services in trouble");
            assertThat(summary.body().lines().toList()).containsExactly(
                    "Instatus: major outage — We're facing an issue with our API",
                    "Slack: partial outage — Issues configuring SAML SSO for some customers",
                    "GitHub: degraded — Incident with Packages and Pages");
            assertThat(summary.hints()).containsEntry("urgency", (byte) 2);
            assertThat(summary.actions()).as("no one service's: its button opens the overview")
                    .containsExactly("timeline", "Open overview");
            int polled = server.requests("/github/api/v2/summary.json");
            await(() -> server.requests("/github/api/v2/summary.json") >= polled + 3
                    && server.requests("/calm/api/v2/summary.json") >= 3);
            assertThat(notifications.calls()).as("one bubble, not one each").hasSize(1);

            calm.set(Fixtures.bytes(GITHUB_INCIDENT)); // the calm page goes wrong later: a bubble of its own
            FakeNotificationServer.Call later = notifications.awaitCalls(2).get(1);
            assertThat(later.summary()).as("naming those already in trouble").startsWith("Calm page: degraded — ")
                    .contains("GitHub also degraded since ", "Slack also partial outage since ",
                            "Instatus also major outage since ");
            assertThat(later.body()).startsWith("Incident with Packages and Pages\n");
            app.close();

            int before = server.requests("/calm/api/v2/summary.json");
            TrayApp.Running again = TrayApp.start(options, quiet(), desktop(bus));
            await(() -> server.requests("/calm/api/v2/summary.json") >= before + 3);
            assertThat(notifications.calls()).as("a restart tells nothing again").hasSize(2);
            again.close();
        }
    }

    private static String service(LocalServer server, String id, String name, String format) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"url\": \"" + server.root() + "/" + id
                + "\", \"format\": \"" + format + "\", \"pollIntervalSeconds\": 1}";
    }
}
