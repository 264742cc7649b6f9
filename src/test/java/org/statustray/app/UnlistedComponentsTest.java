package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Component;
import org.statustray.model.Notice;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * A watched component that leaves the page for a while, or comes back under a new id, is no news: the
 * watching keeps its last status, says since when it is not listed, and follows it by name when the page
 * regroups it. The Statuspage pages are the real 2022 GitHub page (Packages in partial outage, one incident about it)
 * and variants made from it here, in the test: Packages taken out of {@code components}, or its id changed
 * everywhere in the page (as a Statuspage regroup does); nothing else of the recording changes.
 */
@Timeout(60)
class UnlistedComponentsTest {
    static final byte[] PAGE = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final String PACKAGES = "st3j38cctv9l";
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final Instant T1 = T0.plusSeconds(120);
    static final Instant T2 = T0.plusSeconds(240);

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(T0);
    final AtomicReference<byte[]> page = new AtomicReference<>(PAGE);
    final List<Notice> notices = new CopyOnWriteArrayList<>();
    final AtomicInteger polls = new AtomicInteger();
    LocalServer server;
    Watching watching;

    @AfterEach
    void stop() {
        if (watching != null) {
            watching.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWatchedComponentMissingForAFewPollsKeepsItsStatusSaysSinceWhenAndIsNoNews() throws Exception {
        watchPackages();
        int told = notices.size();

        clock.set(T1);
        page.set(changed(PAGE, root -> withoutComponent(root, PACKAGES)));
        pollsMore(3);

        assertThat(watching.detector().shown("gh")).as("its last status, not operational").isEqualTo(Status.PARTIAL_OUTAGE);
        ServiceView view = watching.serviceViews().get(0);
        assertThat(view.unlisted()).singleElement()
                .isEqualTo(new Component(PACKAGES, "Packages", null, Status.PARTIAL_OUTAGE, T0));
        String since = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault()).format(T0);
        assertThat(watching.trayState().tooltip()).contains("\n  Packages: partial outage (not listed since " + since + ")");

        clock.set(T2);
        page.set(PAGE);
        pollsMore(3);

        assertThat(watching.serviceViews().get(0).unlisted()).isEmpty();
        assertThat(watching.trayState().tooltip()).doesNotContain("not listed");
        assertThat(watching.detector().shown("gh")).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(notices.subList(told, notices.size())).as("neither leaving nor coming back is news").isEmpty();
    }

    @Test
    void afterARestartAComponentTheFirstReadDoesNotListIsTakenFromThePageKept() throws Exception {
        watchPackages();
        watching.close();
        notices.clear();

        clock.set(T1);
        page.set(changed(PAGE, root -> withoutComponent(root, PACKAGES)));
        start(dir.resolve("config.json"));

        assertThat(watching.detector().shown("gh")).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(watching.serviceViews().get(0).unlisted()).extracting(Component::name, Component::notListedSince)
                .containsExactly(tuple("Packages", T0));
        assertThat(notices).isEmpty();
    }

    @Test
    void aComponentRegroupedUnderANewIdIsFollowedByItsNameWithoutANotice() throws Exception {
        watchPackages();
        int told = notices.size();
        byte[] regrouped = new String(PAGE, StandardCharsets.UTF_8).replace(PACKAGES, "regrouped001")
                .getBytes(StandardCharsets.UTF_8);

        clock.set(T1);
        page.set(regrouped);
        pollsMore(3);

        assertThat(watching.detector().lastGood("gh").orElseThrow().components())
                .filteredOn(c -> c.name().equals("Packages")).singleElement()
                .isEqualTo(new Component("regrouped001", "Packages", null, Status.PARTIAL_OUTAGE));
        assertThat(watching.serviceViews().get(0).unlisted()).isEmpty();
        assertThat(notices.subList(told, notices.size())).isEmpty();

        clock.set(T2);
        page.set(changed(regrouped, root -> status(root, "regrouped001", "operational")));
        pollsMore(3);

        assertThat(watching.detector().shown("gh")).as("the new id is the one watched").isEqualTo(Status.OPERATIONAL);
        assertThat(notices.subList(told, notices.size())).extracting(Notice::summary).containsExactly("GitHub recovered");
    }

    /**
     * incident.io's widget names only affected components: there, a watched component it stops naming is no
     * longer affected (operational, and that is news), and one it never named is nothing to keep. The calm
     * page is Neon's documented example; the affected one adds an incident to it, made up here in the shape
     * the widget documents (no recording of one was found).
     */
    @Test
    void onAWidgetThatNamesOnlyAffectedComponentsOneNoLongerNamedHasRecovered() throws Exception {
        byte[] calm = Fixtures.bytes("incidentio/widget-summary-neon-docs-example.json");
        byte[] affected = changed(calm, root -> {
            ObjectNode incident = root.withArray("ongoing_incidents").addObject().put("id", "01HXAFFECTED")
                    .put("name", "Slow compute starts").put("status", "investigating")
                    .put("current_worst_impact", "degraded_performance");
            incident.putArray("affected_components").addObject().put("id", "01HXCOMPUTE").put("name", "Compute")
                    .put("current_status", "degraded_performance");
            return root;
        });
        page.set(calm);
        watch("neon", "incidentio", "/api/v1/summary", "Compute");
        assertThat(watching.detector().shown("neon")).as("never named: nothing known against it").isEqualTo(Status.OPERATIONAL);
        assertThat(notices).isEmpty();

        clock.set(T1);
        page.set(affected);
        pollsMore(3);
        assertThat(watching.detector().shown("neon")).isEqualTo(Status.DEGRADED);
        int told = notices.size();

        clock.set(T2);
        page.set(calm);
        pollsMore(3);

        assertThat(watching.detector().shown("neon")).isEqualTo(Status.OPERATIONAL);
        assertThat(watching.serviceViews().get(0).unlisted()).as("not named is not affected, not 'not listed'").isEmpty();
        assertThat(notices.subList(told, notices.size())).extracting(Notice::summary).contains("Neon recovered");
    }

    private void watchPackages() throws Exception {
        watch("gh", "statuspage", "/api/v2/summary.json", "Packages");
        assertThat(watching.detector().shown("gh")).isEqualTo(Status.PARTIAL_OUTAGE);
    }

    private void watch(String id, String format, String path, String component) throws Exception {
        server = LocalServer.start().route(path, ex -> LocalServer.respond(ex, 200, "application/json", page.get()));
        Path config = dir.resolve("config.json");
        String name = id.equals("gh") ? "GitHub" : "Neon";
        Files.writeString(config, "{\"probes\": false, \"services\": [{\"id\": \"" + id + "\", \"name\": \"" + name
                + "\", \"url\": \"" + server.root() + "\", \"format\": \"" + format + "\", \"components\": [\""
                + component + "\"], \"pollIntervalSeconds\": 1}]}");
        start(config);
    }

    private void start(Path config) {
        watching = new Watching(new Watching.Setup(config, dir.resolve("data"), clock, DetectorPageSource::new),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), notices::add, t -> { }, null);
        watching.onEachPoll((r, shown) -> polls.incrementAndGet());
        watching.start();
        pollsMore(2);
    }

    private void pollsMore(int n) {
        int target = polls.get() + n;
        Await.until(() -> polls.get() >= target, Duration.ofSeconds(20), n + " more polls");
        try {
            watching.events().submit(() -> { }).get(); // what the polls told has been handled
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] changed(byte[] json, UnaryOperator<ObjectNode> change) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            return mapper.writeValueAsBytes(change.apply((ObjectNode) mapper.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode withoutComponent(ObjectNode root, String id) {
        ArrayNode components = (ArrayNode) root.get("components");
        for (int i = components.size() - 1; i >= 0; i--) {
            if (id.equals(components.get(i).path("id").asText())) {
                components.remove(i);
            }
        }
        return root;
    }

    private static ObjectNode status(ObjectNode root, String id, String status) {
        root.get("components").forEach(c -> {
            if (id.equals(c.path("id").asText())) {
                ((ObjectNode) c).put("status", status);
            }
        });
        return root;
    }
}
