package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/**
 * {@code check --json} and {@code detect} for every format, each served alone by a local server at the
 * provider's real path, and found from the address a person would paste.
 */
class EveryFormatEndToEndTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** format, path served, fixture, content type, address given (relative to the server), status, name. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("statuspage", "/api/v2/summary.json", "statuspage/summary-githubstatus-2022-11-25-packages-incident.json",
                        "application/json", "", "degraded", "GitHub"),
                Arguments.of("incidentio", "/api/v1/summary", "incidentio/widget-summary-neon-docs-example.json",
                        "application/json", "/", "operational", "AWS - Europe (Frankfurt) - eu-central-1"),
                Arguments.of("instatus", "/summary.json", "instatus/summary-instatus-docs-example.json",
                        "application/json", "", "major_outage", "Instatus"),
                Arguments.of("cachet", "/api/v1/components", "cachet/components-yoti-2020-10.json",
                        "application/json", "", "operational", null),
                Arguments.of("slack", "/api/v2.0.0/current", "slack/current-v2-ok-docs-example.json",
                        "application/json", "", "operational", "Slack"),
                Arguments.of("statusio", "/1.0/status/5b36dc6502d06804c08349f7",
                        "statusio/status-gitlab-2023-06-29-upcoming-maintenance.json", "application/json",
                        "/1.0/status/5b36dc6502d06804c08349f7", "operational", null),
                Arguments.of("gcp", "/incidents.json", "gcp/incidents-gcp-2022-07-01.json",
                        "application/json", "", "operational", "Google Cloud"),
                Arguments.of("aws-health", "/data.json", "aws/data-json-aws-2022-07.json",
                        "application/json", "/data.json", "operational", null),
                Arguments.of("aws-rss", "/rss/all.rss", "aws/all-rss-aws-2021-12-20.rss",
                        "application/rss+xml", "", "operational", null),
                Arguments.of("azure", "/en-us/status/feed/", "azure/feed-azure-2026-04-16-empty.rss",
                        "application/rss+xml", "", "operational", null),
                Arguments.of("cstate", "/index.json", "cstate/index-torproject-2025-05-01-all-ok-summary-disrupted.json",
                        "application/json", "/", "partial_outage", "Tor Project status"),
                Arguments.of("betterstack", "/index.json", "betterstack/index-betterstack-2026-09-07-trimmed.json",
                        "application/json", "", "operational", "Better Stack"),
                Arguments.of("feed", "/history.rss", "statuspage/history-githubstatus-2022-03-16.rss",
                        "application/rss+xml", "/history.rss", "operational", "GitHub Status"),
                Arguments.of("feed", "/history.atom", "statuspage/history-githubstatus-2025-10-21-trimmed.atom",
                        "application/atom+xml", "/history.atom", "operational", "GitHub Status"));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pages")
    void checkAndDetectReadEveryFormat(String format, String path, String fixture, String type, String given,
            String status, String name) throws Exception {
        try (LocalServer server = LocalServer.start()) {
            byte[] body = Fixtures.bytes(fixture);
            server.route("/", ex -> {
                boolean mine = ex.getRequestURI().getPath().equals(path);
                LocalServer.respond(ex, mine ? 200 : 404, mine ? type : "text/html",
                        mine ? body : "<html>Not found</html>".getBytes());
            });
            String address = server.root() + given;

            CliRun check = CliRun.of("check", address, "--json");
            JsonNode page = JSON.readTree(check.out()).get(0);
            assertThat(page.get("error").isNull()).as(check.out()).isTrue();
            assertThat(page.get("format").asText()).isEqualTo(format);
            assertThat(page.get("status").asText()).isEqualTo(status);
            if (name != null) {
                assertThat(page.get("name").asText()).isEqualTo(name);
            }
            assertThat(check.exit()).isEqualTo(status.equals("major_outage") ? 2
                    : status.equals("degraded") || status.equals("partial_outage") ? 1 : 0);

            CliRun explicit = CliRun.of("check", address, "--format", format, "--json");
            assertThat(JSON.readTree(explicit.out()).get(0).get("status").asText()).isEqualTo(status);

            CliRun detect = CliRun.of("detect", address, "--json");
            assertThat(detect.exit()).as(detect.err()).isZero();
            JsonNode found = JSON.readTree(detect.out());
            assertThat(found.get("format").asText()).isEqualTo(format);
            assertThat(found.get("endpoint").asText()).startsWith(server.root() + path); // Cachet adds ?per_page=100
        }
    }

    @Test
    void awsCurrentEventsInUtf16AreFoundFromThePageRoot() throws Exception {
        String events = "[{\"arn\":\"arn:aws:health:us-east-1::event/EC2/1\",\"service\":\"ec2-us-east-1\","
                + "\"service_name\":\"Amazon Elastic Compute Cloud\",\"region_name\":\"N. Virginia\",\"status\":\"2\","
                + "\"summary\":\"Increased API Error Rates\",\"date\":\"1764057600\",\"event_log\":[{\"summary\":"
                + "\"Increased API Error Rates\",\"message\":\"We are investigating increased error rates.\","
                + "\"status\":2,\"timestamp\":1764057600}]}]";
        byte[] body = ("\uFEFF" + events).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        try (LocalServer server = LocalServer.start()) {
            server.route("/", ex -> {
                boolean mine = ex.getRequestURI().getPath().equals("/public/currentevents");
                LocalServer.respond(ex, mine ? 200 : 404, mine ? "application/json" : "text/html",
                        mine ? body : "<html></html>".getBytes());
            });

            CliRun check = CliRun.of("check", server.root(), "--json");

            JsonNode page = JSON.readTree(check.out()).get(0);
            assertThat(page.get("format").asText()).isEqualTo("aws-health");
            assertThat(page.get("status").asText()).isEqualTo("degraded");
            assertThat(page.get("components").get(0).get("group").asText()).isEqualTo("N. Virginia");
            assertThat(page.get("incidents")).hasSize(1);
            assertThat(check.exit()).isEqualTo(1);
        }
    }

    @Test
    void aLandingPageThatAnnouncesAFeedIsReadThroughIt() throws Exception {
        byte[] feed = Fixtures.bytes("statuspage/history-githubstatus-2025-10-21-trimmed.atom");
        try (LocalServer server = LocalServer.start()) {
            server.route("/", ex -> {
                String p = ex.getRequestURI().getPath();
                if (p.equals("/status")) {
                    LocalServer.respond(ex, 200, "text/html", ("<html><head><link rel=\"alternate\" "
                            + "type=\"application/atom+xml\" href=\"/status/history.atom\"></head></html>").getBytes());
                } else if (p.equals("/status/history.atom")) {
                    LocalServer.respond(ex, 200, "application/atom+xml", feed);
                } else {
                    LocalServer.respond(ex, 404, "text/html", "<html></html>".getBytes());
                }
            });

            CliRun detect = CliRun.of("detect", server.root() + "/status", "--json");

            JsonNode found = JSON.readTree(detect.out());
            assertThat(found.get("format").asText()).isEqualTo("feed");
            assertThat(found.get("endpoint").asText()).isEqualTo(server.root() + "/status/history.atom");
        }
    }

    @Test
    void hostileXmlIsUnknownAndNoFileContentLeaks() throws Exception {
        String secret = "secret-" + java.util.UUID.randomUUID();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("statustray-xxe", ".txt");
        java.nio.file.Files.writeString(file, secret);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + file.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title></item></channel></rss>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><rss><channel>"
                + "<title>&lol3;</title></channel></rss>";
        try (LocalServer server = LocalServer.start()) {
            server.route("/xxe.rss", ex -> LocalServer.respond(ex, 200, "application/rss+xml", xxe.getBytes()));
            server.route("/laughs.rss", ex -> LocalServer.respond(ex, 200, "application/rss+xml", laughs.getBytes()));

            CliRun run = CliRun.of("check", server.root() + "/xxe.rss", server.root() + "/laughs.rss", "--json");

            assertThat(run.exit()).isEqualTo(3);
            JsonNode pages = JSON.readTree(run.out());
            assertThat(pages).extracting(p -> p.get("status").asText()).containsExactly("unknown", "unknown");
            assertThat(pages).extracting(p -> p.get("error").asText()).allMatch(e -> e.contains("DTD"));
            assertThat(run.out() + run.err()).doesNotContain(secret);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void detectOfNothingExits3WithAReason() {
        try (LocalServer server = LocalServer.start()) {
            server.route("/", ex -> LocalServer.respond(ex, 404, "text/html", "<html></html>".getBytes()));

            CliRun detect = CliRun.of("detect", server.root());

            assertThat(detect.exit()).isEqualTo(3);
            assertThat(detect.err()).startsWith("statustray: " + server.root() + ": no known status format found (");
            assertThat(CliRun.of("detect").exit()).isEqualTo(64);
        }
    }
}
