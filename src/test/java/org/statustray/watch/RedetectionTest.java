package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.fetch.Detector;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceConfig;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;

/**
 * When the watching detects a page's format again: a catalogue service whose page is gone or no longer its
 * format, at most once an hour on the clock; never for a host that cannot be reached or a server error; at once
 * when the person asks ("Detect again").
 */
@Timeout(30)
class RedetectionTest {
    static final byte[] GITHUB = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final byte[] INSTATUS = Fixtures.bytes("instatus/summary-instatus-docs-example.json");
    static final String STATUSPAGE_PATH = "/api/v2/summary.json";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final DetectorPageSource source = new DetectorPageSource(new Detector(new Fetcher(), clock));
    private final AtomicReference<String> serving = new AtomicReference<>("statuspage");
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private LocalServer server;

    @BeforeEach
    void serve() {
        server = LocalServer.start();
        server.route("/", ex -> {
            String path = ex.getRequestURI().getPath();
            asked.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String now = serving.get();
            if (now.equals("statuspage") && path.equals(STATUSPAGE_PATH)) {
                LocalServer.respond(ex, 200, "application/json", GITHUB);
            } else if (now.equals("instatus") && path.equals("/summary.json")) {
                LocalServer.respond(ex, 200, "application/json", INSTATUS);
            } else if (now.equals("busy")) {
                LocalServer.respond(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalServer.respond(ex, 404, "text/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ServiceConfig catalogue() {
        return new ServiceConfig("gh", "GitHub", server.root(), "statuspage", List.of(), null, false, false, false);
    }

    private int landingRequests() {
        AtomicInteger n = asked.get("/");
        return n == null ? 0 : n.get();
    }

    @Test
    void aCatalogueServiceThatMovedIsDetectedAgainAtMostOnceAnHour() {
        assertThat(source.read(catalogue(), Validators.NONE)).isInstanceOf(PageResult.Read.class);

        serving.set("instatus");
        PageResult moved = source.read(catalogue(), Validators.NONE);
        assertThat(moved).isInstanceOfSatisfying(PageResult.Read.class, r -> assertThat(r.format()).isEqualTo("instatus"));
        assertThat(source.read(catalogue(), Validators.NONE)).as("read as the format found, without detecting")
                .isInstanceOfSatisfying(PageResult.Read.class, r -> assertThat(r.format()).isEqualTo("instatus"));
        int detections = landingRequests();
        assertThat(detections).isEqualTo(1);

        serving.set("statuspage"); // moved back within the hour
        clock.advance(Duration.ofMinutes(59));
        assertThat(source.read(catalogue(), Validators.NONE)).isInstanceOfSatisfying(PageResult.Failed.class,
                f -> assertThat(f.trouble()).isEqualTo(PageTrouble.UNREADABLE));
        assertThat(landingRequests()).as("not detected again within the hour").isEqualTo(detections);

        clock.advance(Duration.ofMinutes(1));
        assertThat(source.read(catalogue(), Validators.NONE))
                .isInstanceOfSatisfying(PageResult.Read.class, r -> assertThat(r.format()).isEqualTo("statuspage"));
    }

    @Test
    void aServerErrorOrAHostThatCannotBeReachedIsNeverAReason() {
        assertThat(source.read(catalogue(), Validators.NONE)).isInstanceOf(PageResult.Read.class);
        serving.set("busy");
        assertThat(source.read(catalogue(), Validators.NONE)).isInstanceOfSatisfying(PageResult.Failed.class,
                f -> assertThat(f.trouble()).isEqualTo(PageTrouble.UNREACHABLE));
        assertThat(asked).containsOnlyKeys(STATUSPAGE_PATH);

        ServiceConfig nowhere = catalogue();
        server.close();
        assertThat(source.read(nowhere, Validators.NONE)).isInstanceOfSatisfying(PageResult.Failed.class,
                f -> assertThat(f.trouble()).isEqualTo(PageTrouble.UNREACHABLE));
        assertThat(asked).containsOnlyKeys(STATUSPAGE_PATH);
    }

    @Test
    void detectAgainDetectsAtOnceWhateverTheHourSays() {
        serving.set("instatus");
        assertThat(source.read(catalogue(), Validators.NONE)).isInstanceOf(PageResult.Read.class);
        serving.set("statuspage");
        assertThat(source.read(catalogue(), Validators.NONE)).isInstanceOf(PageResult.Failed.class);

        source.detectAgain("gh");
        assertThat(source.read(catalogue(), Validators.NONE))
                .isInstanceOfSatisfying(PageResult.Read.class, r -> assertThat(r.format()).isEqualTo("statuspage"));
    }
}
