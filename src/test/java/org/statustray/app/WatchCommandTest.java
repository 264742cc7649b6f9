package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.store.ConfigFile;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/** {@code watch}: the tray app's watching printed as JSON lines, against a local page the test flips. */
@Timeout(60)
class WatchCommandTest {
    static final byte[] CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final Instant T1 = T0.plusSeconds(10);
    static final Instant T2 = T0.plusSeconds(20);

    @TempDir
    Path dir;
    final AtomicReference<byte[]> page = new AtomicReference<>(CALM);
    /** Moved in small steps, so the poller never takes it for a wake from sleep. */
    final MovableClock clock = new MovableClock(T0);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    LocalServer server;
    WatchCommand.Session session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachStatusChangeAndNotificationIsOneJsonLine() throws Exception {
        serve();
        session = start(config(server.root()), dir.resolve("data"), DetectorPageSource::new);
        await(1);

        clock.set(T1);
        page.set(DEGRADED);
        await(3);
        clock.set(T2);
        page.set(CALM);
        await(5);
        session.close();

        assertThat(lines()).containsExactly(
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":null,\"to\":\"operational\",\"at\":\"" + T0 + "\"}",
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":\"operational\",\"to\":\"degraded\",\"at\":\"" + T1 + "\"}",
                "{\"kind\":\"notification\",\"service\":\"gh\",\"title\":\"GitHub: degraded\",\"body\":\"Incident with"
                        + " Packages and Pages\\nPackages is now experiencing degraded performance. We are still investigating"
                        + " and will provide an update when we have one.\",\"status\":\"degraded\","
                        + "\"urgency\":\"normal\",\"url\":\"https://stspg.io/33vh8r7z43kh\",\"at\":\"" + T1
                        + "\",\"cause\":\"page\",\"concurrent\":[]}",
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":\"degraded\",\"to\":\"operational\",\"at\":\"" + T2 + "\"}",
                "{\"kind\":\"notification\",\"service\":\"gh\",\"title\":\"GitHub recovered\",\"body\":\"All Systems"
                        + " Operational\",\"status\":\"operational\",\"urgency\":\"low\",\"url\":\"" + server.root()
                        + "\",\"at\":\"" + T2 + "\",\"cause\":\"page\",\"concurrent\":[]}");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void servicesAlreadyInTroubleAtStartGetALineEachNotTheTraysSummary() throws Exception {
        page.set(DEGRADED);
        serve();
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"services\": ["
                + "{\"id\": \"gh\", \"name\": \"GitHub\", \"url\": \"" + server.root() + "\", \"format\": \"statuspage\"},"
                + "{\"id\": \"gh2\", \"name\": \"GitHub again\", \"url\": \"" + server.root() + "/\", \"format\": \"statuspage\"}]}");
        session = start(config, dir.resolve("data"), DetectorPageSource::new);
        TrayAppEndToEndTest.await(() -> notifications().size() >= 2);
        session.close();

        assertThat(notifications()).hasSize(2).allMatch(l -> l.contains("\"title\":\"GitHub") && l.contains(": degraded"));
        assertThat(notifications()).anyMatch(l -> l.contains("\"service\":\"gh\""))
                .anyMatch(l -> l.contains("\"service\":\"gh2\""))
                .noneMatch(l -> l.contains("\"service\":null"));
    }

    @Test
    void degradationsCloseTogetherGetALineEachNamingTheOthersNotTheTraysGroup() throws Exception {
        Map<String, AtomicReference<byte[]>> pages = new ConcurrentHashMap<>();
        server = LocalServer.start();
        for (String id : List.of("a", "b", "c")) {
            AtomicReference<byte[]> own = pages.computeIfAbsent(id, k -> new AtomicReference<>(CALM));
            server.route("/" + id + "/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", own.get()));
        }
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"services\": ["
                + "{\"id\": \"a\", \"name\": \"Alpha\", \"url\": \"" + server.root() + "/a\", \"format\": \"statuspage\"},"
                + "{\"id\": \"b\", \"name\": \"Beta\", \"url\": \"" + server.root() + "/b\", \"format\": \"statuspage\"},"
                + "{\"id\": \"c\", \"name\": \"Gamma\", \"url\": \"" + server.root() + "/c\", \"format\": \"statuspage\"}]}");
        session = start(config, dir.resolve("data"), DetectorPageSource::new);
        TrayAppEndToEndTest.await(() -> lines().stream().filter(l -> l.contains("\"kind\":\"transition\"")).count() >= 3);

        int n = 0;
        for (String id : List.of("a", "b", "c")) { // all three within a few seconds: well within the tray's grouping wait
            clock.set(T0.plusSeconds(++n));
            pages.get(id).set(DEGRADED);
            int told = n;
            TrayAppEndToEndTest.await(() -> notifications().size() >= told);
        }
        session.close();

        List<String> told = notifications();
        assertThat(told).as("a line per service for scripts; the group is only the tray's").hasSize(3)
                .noneMatch(l -> l.contains("\"service\":null") || l.contains("services degraded"));
        assertThat(told.get(0)).contains("\"service\":\"a\"", "\"title\":\"Alpha: degraded\"", "\"concurrent\":[]");
        assertThat(told.get(1)).contains("\"service\":\"b\"", "\"title\":\"Beta: degraded — Alpha also degraded since ",
                "\"concurrent\":[\"a\"]");
        assertThat(told.get(2)).contains("\"service\":\"c\"", "\"title\":\"Gamma: degraded — Alpha also degraded since ",
                "; Beta also degraded since ", "\"concurrent\":[\"a\",\"b\"]");
    }

    private List<String> notifications() {
        return lines().stream().filter(l -> l.contains("\"kind\":\"notification\"")).toList();
    }

    @Test
    void aFailingPageIsUnknownOnlyAfterThreeFailuresInARowAndNeverAnOutage() throws Exception {
        serve();
        session = start(config(server.root()), dir.resolve("data"), DetectorPageSource::new);
        await(1);
        int good = server.requests("/api/v2/summary.json");

        clock.set(T1);
        page.set(null);
        await(3);
        session.close();

        assertThat(server.requests("/api/v2/summary.json") - good).as("failed reads before unknown").isGreaterThanOrEqualTo(3);
        assertThat(lines()).containsExactly(
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":null,\"to\":\"operational\",\"at\":\"" + T0 + "\"}",
                "{\"kind\":\"transition\",\"service\":\"gh\",\"from\":\"operational\",\"to\":\"unknown\",\"at\":\"" + T1
                        + "\",\"failure\":\"unreachable\"}",
                "{\"kind\":\"notification\",\"service\":\"gh\",\"title\":\"GitHub: status unknown — page unreachable\","
                        + "\"body\":\"StatusTray cannot reach its status page: HTTP 500 Internal Server Error. Last known:"
                        + " operational. It keeps trying.\",\"status\":\"unknown\",\"urgency\":\"low\",\"url\":\""
                        + server.root() + "\",\"at\":\"" + T1 + "\",\"cause\":\"page\",\"concurrent\":[],"
                        + "\"failure\":\"unreachable\"}");
    }

    @Test
    void unreadableSettingsRunOnTheDefaultsAndAStoreThatCannotOpenKeepsNoHistory() throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"services\": [");
        Path notADirectory = Files.writeString(dir.resolve("data"), "a file");
        Set<String> polled = ConcurrentHashMap.newKeySet();

        session = start(config, notADirectory, pages -> (service, previous) -> {
            polled.add(service.id());
            return new PageResult.Failed(URI.create(service.url()), FailureKind.UNREACHABLE, "offline test", 0, null);
        });
        TrayAppEndToEndTest.await(() -> polled.size() == ConfigFile.DEFAULT_SERVICES.size());
        session.close();

        assertThat(polled).containsExactlyInAnyOrderElementsOf(ConfigFile.DEFAULT_SERVICES);
        String first = lines().get(0);
        assertThat(first).startsWith("{\"kind\":\"notification\",\"service\":null,"
                + "\"title\":\"StatusTray settings could not be read\",\"body\":\"config.json is not valid settings");
        assertThat(first).endsWith("\"status\":\"unknown\",\"urgency\":\"normal\",\"url\":null,\"at\":\"" + T0
                + "\",\"cause\":\"page\",\"concurrent\":[]}");
        assertThat(lines()).noneMatch(l -> l.contains("outage"));
        assertThat(lines()).as("said once to whoever reads the output").filteredOn(l -> l.contains("\"title\":\"History"))
                .singleElement().asString()
                .contains("\"title\":\"History will not be kept\",\"body\":\"Cannot create the data directory " + notADirectory)
                .contains("StatusTray keeps watching and shows the current status");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("config.json is not valid settings")
                .containsOnlyOnce("history will not be kept");
    }

    @Test
    void verboseAddsALinePerPollAndTheCommandLineRefusesWhatItDoesNotKnow() throws Exception {
        serve();
        session = start(new Watching.Setup(config(server.root()), dir.resolve("data"), clock, DetectorPageSource::new), true);
        await(2);
        session.close();

        assertThat(lines().get(1)).isEqualTo("{\"kind\":\"polled\",\"service\":\"gh\",\"result\":\"read\","
                + "\"status\":\"operational\",\"at\":\"" + T0 + "\"}");
        assertThat(CliRun.of("watch", "--json").err()).isEqualTo("statustray: watch: unknown option --json\n");
        assertThat(CliRun.of("watch", "--open", "overview").exit()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("--help").out()).contains("  watch [--verbose]");
    }

    private void serve() {
        server = LocalServer.start().route("/api/v2/summary.json", ex -> {
            byte[] body = page.get();
            LocalServer.respond(ex, body == null ? 500 : 200, "application/json", body == null ? new byte[0] : body);
        });
    }

    private Path config(String url) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"services\": [{\"id\": \"gh\", \"name\": \"GitHub\","
                + " \"url\": \"" + url + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
        return config;
    }

    private WatchCommand.Session start(Path config, Path dataDir,
            java.util.function.Function<org.statustray.fetch.Detector, org.statustray.watch.PageSource> source)
            throws AlreadyRunningException {
        return start(new Watching.Setup(config, dataDir, clock, source), false);
    }

    private WatchCommand.Session start(Watching.Setup setup, boolean verbose) throws AlreadyRunningException {
        return WatchCommand.start(setup, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), verbose, r -> { });
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private void await(int lines) throws InterruptedException {
        TrayAppEndToEndTest.await(() -> lines().size() >= lines);
    }
}
