package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.store.HistoryStore;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** {@code java -jar target/statustray.jar check …} as a person runs it: a child JVM on the shaded jar. */
class PackagedJarIT {
    static LocalServer server;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void serve() {
        server = LocalServer.start()
                .json("/gh/api/v2/summary.json", 200, Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json"))
                .route("/html/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "text/html", "<html>login</html>".getBytes()))
                .route("/html/api/v1/summary", ex -> LocalServer.respond(ex, 404, "text/html", "<html>no</html>".getBytes()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Result run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("statustray.jar", "target/statustray.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("statustray-out", ".txt");
        Path err = Files.createTempFile("statustray-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void checkPrintsTheContractJson() throws Exception {
        Result r = run("check", server.root() + "/gh", "--json");

        assertThat(r.exit()).isEqualTo(1);
        JsonNode page = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(page.get("name").asText()).isEqualTo("GitHub");
        assertThat(page.get("status").asText()).isEqualTo("degraded");
        assertThat(page.get("components")).hasSize(10);
        assertThat(page.get("incidents").get(0).get("impact").asText()).isEqualTo("major");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void badInputIsUnknownExit3WithoutAStackTrace() throws Exception {
        Result r = run("check", server.root() + "/html", "http://127.0.0.1:1", "--data-dir", "/nonexistent");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("unknown");
        assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("statustray: "));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void versionAndUsage() throws Exception {
        assertThat(run("--version").out()).startsWith("statustray 0.");
        Result usage = run("check");
        assertThat(usage.exit()).isEqualTo(64);
        assertThat(usage.err()).startsWith("statustray: check needs at least one URL");
    }

    @Test
    void historyReadsTheSqliteStoreFromTheShadedJar() throws Exception {
        Path dataDir = Files.createTempDirectory("statustray-data");
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.upsertIncidents("local", List.of(new Incident("inc1", "Elevated errors", "resolved", Impact.MINOR,
                    Instant.parse("2026-10-07T10:00:00Z"), Instant.parse("2026-10-07T11:00:00Z"),
                    Instant.parse("2026-10-07T11:00:00Z"), null,
                    List.of(new IncidentUpdate("u1", "resolved", Instant.parse("2026-10-07T11:00:00Z"), null, "Fixed.")),
                    List.of())));
        }

        Result r = run("history", "--json", "--data-dir", dataDir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode incident = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(incident.get("title").asText()).isEqualTo("Elevated errors");
        assertThat(incident.get("updates").get(0).get("body").asText()).isEqualTo("Fixed.");
    }
}
