package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** {@code check} end to end: the real command line against real local HTTP servers. */
class CheckCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] INCIDENT = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final byte[] CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] WIDGET = Fixtures.bytes("incidentio/widget-summary-neon-docs-example.json");
    final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        server.json("/gh/api/v2/summary.json", 200, INCIDENT);

        CliRun run = CliRun.of("check", server.root() + "/gh", "--json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode page = json(run).get(0);
        List<String> keys = new ArrayList<>();
        page.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("url", "name", "format", "status", "description", "checked",
                "components", "incidents", "maintenances", "error", "failure");
        assertThat(page.get("url").asText()).isEqualTo(server.root() + "/gh");
        assertThat(page.get("name").asText()).isEqualTo("GitHub");
        assertThat(page.get("format").asText()).isEqualTo("statuspage");
        assertThat(page.get("status").asText()).isEqualTo("degraded");
        assertThat(page.get("description").asText()).isEqualTo("Minor Service Outage");
        assertThat(page.get("error").isNull()).isTrue();
        assertThat(page.get("components")).hasSize(10);
        JsonNode packages = page.get("components").get(6);
        assertThat(packages.toString()).isEqualTo(
                "{\"id\":\"st3j38cctv9l\",\"name\":\"Packages\",\"group\":null,\"status\":\"partial_outage\"}");
        JsonNode incident = page.get("incidents").get(0);
        assertThat(incident.toString()).isEqualTo("{\"id\":\"ljwdk6qml8z8\",\"title\":\"Incident with Packages and Pages\","
                + "\"status\":\"investigating\",\"impact\":\"major\",\"started\":\"2022-11-25T14:39:09.542Z\","
                + "\"updated\":\"2022-11-25T15:50:04.967Z\",\"url\":\"https://stspg.io/33vh8r7z43kh\",\"updates\":7}");
        assertThat(page.get("maintenances")).isEmpty();
    }

    @Test
    void tableShowsWhatNeedsAttention() {
        server.json("/gh/api/v2/summary.json", 200, INCIDENT).json("/calm/api/v2/summary.json", 200, CALM);

        CliRun run = CliRun.of("check", server.root() + "/gh", server.root() + "/calm");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsSubsequence("GitHub", "degraded", "Minor Service Outage",
                "Packages", "partial_outage", "9 other components operational",
                "incident: Incident with Packages and Pages",
                "investigating, impact major, since 2022-11-25 14:39 UTC, 7 updates",
                "GitHub", "operational", "All Systems Operational", "all 6 components operational");
    }

    @Test
    void severalUrlsAreCheckedAtTheSameTimeAndReportedInOrder() throws Exception {
        CountDownLatch allArrived = new CountDownLatch(3);
        AtomicInteger sawOthers = new AtomicInteger();
        for (String page : List.of("/a", "/b", "/c")) {
            byte[] body = page.equals("/b") ? INCIDENT : CALM;
            server.route(page + "/api/v2/summary.json", ex -> {
                allArrived.countDown();
                try {
                    if (allArrived.await(5, TimeUnit.SECONDS)) {
                        sawOthers.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalServer.respond(ex, 200, "application/json", body);
            });
        }

        CliRun run = CliRun.of("check", "--json", server.root() + "/a", server.root() + "/b", server.root() + "/c");

        assertThat(sawOthers.get()).as("every request was in flight together").isEqualTo(3);
        JsonNode pages = json(run);
        assertThat(pages).extracting(p -> p.get("url").asText())
                .containsExactly(server.root() + "/a", server.root() + "/b", server.root() + "/c");
        assertThat(pages).extracting(p -> p.get("status").asText()).containsExactly("operational", "degraded", "operational");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void oneBadUrlAmongGoodOnesIsUnknownAndTheGoodOnesAreStillReported() throws Exception {
        server.json("/gh/api/v2/summary.json", 200, INCIDENT);
        String refused = "http://127.0.0.1:" + freePort();

        CliRun run = CliRun.of("check", server.root() + "/gh", refused, "ftp://example.com/status", "--json");

        assertThat(run.exit()).isEqualTo(3);
        JsonNode pages = json(run);
        assertThat(pages.get(0).get("status").asText()).isEqualTo("degraded");
        assertThat(pages.get(1).get("status").asText()).isEqualTo("unknown");
        assertThat(pages.get(1).get("error").asText()).contains("refused");
        assertThat(pages.get(1).get("components")).isEmpty();
        assertThat(pages.get(2).get("error").asText()).isEqualTo("only http and https URLs can be checked, not ftp:");
        assertThat(run.err().lines()).hasSize(2).allMatch(l -> l.startsWith("statustray: "))
                .noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
    }

    @Test
    void autoFindsTheIncidentIoWidgetWhenThereIsNoStatuspageApi() throws Exception {
        server.json("/neon/api/v1/summary", 200, WIDGET);

        CliRun run = CliRun.of("check", server.root() + "/neon", "--json");

        JsonNode page = json(run).get(0);
        assertThat(page.get("format").asText()).isEqualTo("incidentio");
        assertThat(page.get("name").asText()).isEqualTo("AWS - Europe (Frankfurt) - eu-central-1");
        assertThat(run.exit()).isZero();
        assertThat(server.requests("/neon/api/v1/summary")).isEqualTo(1);
    }

    @Test
    void anEndpointUrlIsReadWithItsOwnFormatFirst() throws Exception {
        server.json("/neon/api/v1/summary", 200, WIDGET);
        server.json("/neon/api/v2/summary.json", 200, CALM);

        CliRun run = CliRun.of("check", server.root() + "/neon/api/v1/summary", "--json");

        assertThat(json(run).get(0).get("format").asText()).isEqualTo("incidentio");
        assertThat(server.requests("/neon/api/v2/summary.json")).isZero();
    }

    @Test
    void explicitFormatIsTheOnlyOneTried() throws Exception {
        server.json("/neon/api/v1/summary", 200, WIDGET);

        CliRun run = CliRun.of("check", "--format", "statuspage", server.root() + "/neon", "--json");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(json(run).get(0).get("error").asText())
                .isEqualTo("HTTP 404 Not Found — run 'statustray detect " + server.root() + "/neon'");
        assertThat(json(run).get(0).get("failure").asText()).isEqualTo("unreadable");
        assertThat(server.requests("/neon/api/v1/summary")).isZero();
    }

    @Test
    void watchedComponentsDecideTheStatus() throws Exception {
        server.json("/gh/api/v2/summary.json", 200, INCIDENT);
        String gh = server.root() + "/gh";

        assertThat(CliRun.of("check", gh, "--component", "Packages").exit()).isEqualTo(1);
        CliRun calm = CliRun.of("check", gh, "--component", "Git Operations", "--component=Copilot", "--json");
        assertThat(calm.exit()).isZero();
        assertThat(json(calm).get(0).get("status").asText()).isEqualTo("operational");

        CliRun partly = CliRun.of("check", gh, "--component", "Packages", "--component", "Nope", "--json");
        assertThat(partly.exit()).isEqualTo(1);
        assertThat(partly.err()).isEqualTo("statustray: " + gh + ": no component named 'Nope' on this page; it has"
                + " Git Operations, API Requests, Webhooks, Issues, Pull Requests, Actions, Packages, Pages, and 2 more"
                + System.lineSeparator());

        CliRun none = CliRun.of("check", gh, "--component", "Pakages", "--json");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(json(none).get(0).get("error").asText())
                .isEqualTo("no component named 'Pakages' (did you mean Packages, Pages?) on this page");
    }

    @Test
    void badPagesAreUnknownWithAReasonAndExit3() throws Exception {
        server.route("/login/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "text/html",
                "<!DOCTYPE html><html><body><form>Sign in</form></body></html>".getBytes()));
        server.route("/login/api/v1/summary", ex -> LocalServer.respond(ex, 200, "text/html", "<html></html>".getBytes()));
        server.json("/cut/api/v2/summary.json", 200, new String(CALM).substring(0, 500));
        server.json("/down/api/v2/summary.json", 500, "{}");

        CliRun run = CliRun.of("check", "--json", server.root() + "/login", "--format=statuspage",
                server.root() + "/cut", server.root() + "/down", "not a url");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(json(run)).extracting(p -> p.get("status").asText()).containsOnly("unknown");
        assertThat(json(run)).extracting(p -> p.get("error").asText()).containsExactly(
                "the server sent an HTML or XML page, not JSON — run 'statustray detect " + server.root() + "/login'",
                "the response is not valid JSON: it ends early, as if cut off (line 1, column 501) — run 'statustray"
                        + " detect " + server.root() + "/cut'",
                "HTTP 500 Internal Server Error",
                "'not a url' is not a web address");
        assertThat(json(run)).extracting(p -> p.get("failure").asText())
                .containsExactly("unreadable", "unreadable", "unreachable", "null");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aServerThatNeverAnswersIsUnknownWithinTheTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.route("/hang/api/v2/summary.json", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            CliRun run = CliRun.of("check", server.root() + "/hang", "--format", "statuspage", "--timeout", "0.3", "--json");

            assertThat(run.exit()).isEqualTo(3);
            assertThat(json(run).get(0).get("error").asText()).startsWith("no answer within");
        } finally {
            release.countDown();
        }
    }

    @Test
    void usageErrorsExit64WithOneLine() {
        for (String[] args : List.of(new String[] {"check"}, new String[] {"check", "--bogus", "x"},
                new String[] {"check", "x", "--format", "rss"}, new String[] {"frobnicate"},
                new String[] {"check", "x", "--component"}, new String[] {"check", "x", "--timeout", "-1"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(64);
            assertThat(run.err().lines()).singleElement().asString().startsWith("statustray: ");
        }
    }

    @Test
    void globalOptionsMayStandBeforeOrAfterTheCommand() {
        server.json("/calm/api/v2/summary.json", 200, CALM);
        assertThat(CliRun.of("--config", "/tmp/none.json", "check", server.root() + "/calm", "--data-dir", "/tmp/d").exit()).isZero();
        assertThat(CliRun.of("--version").out()).startsWith("statustray ");
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
