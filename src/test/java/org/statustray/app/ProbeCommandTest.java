package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.fetch.Prober;
import org.statustray.model.CatalogEntry;
import org.statustray.source.Catalog;
import org.statustray.testing.CountingServer;
import org.statustray.testing.LocalServer;

/** {@code statustray probe}: the contract's JSON, exit codes and one stderr line per target that did not answer. */
@Timeout(60)
class ProbeCommandTest {
    final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a401IsReachableAndTheJsonHasExactlyTheContractsKeys() throws Exception {
        server.json("/v1/models", 401, "{\"error\": \"no key\"}");
        String url = server.root() + "/v1/models";

        CliRun run = CliRun.of("probe", url, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertThat(all.isArray()).isTrue();
        JsonNode one = all.get(0);
        assertThat(fieldNames(one)).containsExactly("target", "url", "reachable", "http", "ms", "error");
        assertThat(fieldNames(one.get("ms"))).containsExactly("dns", "connect", "tls", "firstByte", "total");
        assertThat(one.get("target").asText()).isEqualTo(url);
        assertThat(one.get("url").asText()).isEqualTo(url);
        assertThat(one.get("reachable").asBoolean()).isTrue();
        assertThat(one.get("http").asInt()).isEqualTo(401);
        assertThat(one.get("ms").get("tls").isNull()).as("no TLS for http").isTrue();
        assertThat(one.get("ms").get("firstByte").isIntegralNumber()).isTrue();
        assertThat(one.get("ms").get("total").asLong()).isGreaterThanOrEqualTo(one.get("ms").get("firstByte").asLong());
        assertThat(one.get("error").isNull()).isTrue();
    }

    @Test
    void a503IsNotReachableWithOneLineOnStderr() throws Exception {
        server.json("/", 503, "{}");

        CliRun run = CliRun.of("probe", server.root() + "/", "--json");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().lines()).containsExactly("statustray: " + server.root() + "/: HTTP 503");
        JsonNode one = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(one.get("reachable").asBoolean()).isFalse();
        assertThat(one.get("http").asInt()).isEqualTo(503);
        assertThat(one.get("error").asText()).isEqualTo("HTTP 503");
    }

    @Test
    void aRefusedPortIsNotReachableWithOneLineAndNoStackTrace() throws Exception {
        int port = freePort();

        CliRun run = CliRun.of("probe", "http://127.0.0.1:" + port);

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().lines()).containsExactly(
                "statustray: http://127.0.0.1:" + port + ": connection refused by 127.0.0.1:" + port);
        assertThat(run.out()).contains("connection refused by").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theTableHasALinePerTargetInArgumentOrder() {
        server.json("/ok", 404, "{}");
        server.json("/down", 500, "{}");

        CliRun run = CliRun.of("probe", server.root() + "/down", server.root() + "/ok", "--timeout", "5");

        assertThat(run.exit()).isEqualTo(3);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("TARGET").contains("REACHABLE", "HTTP", "DNS", "CONNECT", "TLS",
                "FIRST BYTE", "TOTAL", "ERROR");
        assertThat(lines.get(1)).startsWith(server.root() + "/down").contains(" no ", " 500 ").endsWith("HTTP 500");
        assertThat(lines.get(2)).startsWith(server.root() + "/ok").contains(" yes ", " 404 ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aCatalogueIdIsProbedAtItsProbeAddress() throws Exception {
        server.json("/v1/models", 401, "{}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ProbeCommand.run(ProbeCommand.parse(List.of("openai", "--json")),
                entry -> entry.id().equals("openai") ? Optional.of(server.uri("/v1/models")) : Optional.empty(),
                new Prober(Duration.ofSeconds(5)), print(out), print(new ByteArrayOutputStream()));

        assertThat(exit).isZero();
        JsonNode one = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0);
        assertThat(one.get("target").asText()).isEqualTo("openai");
        assertThat(one.get("url").asText()).isEqualTo(server.root() + "/v1/models");
        assertThat(server.requests("/v1/models")).isEqualTo(1);
    }

    @Test
    void aCatalogueIdWithoutAProbeAddressIsAUsageError() {
        CliRun run = CliRun.of("probe", "cursor");

        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err().lines()).containsExactly(
                "statustray: cursor has no probe address in the catalogue; probe its URL instead");
    }

    @Test
    void aCatalogueIdIsProbedAtItsEntrysProbeAddress() {
        CatalogEntry openai = Catalog.builtIn().byId("openai").orElseThrow();

        assertThat(ProbeCommand.PROBE_ADDRESS.apply(openai))
                .contains(URI.create("https://api.openai.com/v1/models"));
    }

    @Test
    void probesOfOneHostTakeTurnsAndEveryArgumentGetsItsObject() throws Exception {
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        try (CountingServer slow = CountingServer.start((client, head, out) -> {
            // each answer takes a while, so probes at once would overlap here; counted before the answer is
            // written, as the next probe can only come once it is read (after the socket's close it could)
            mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
            pause();
            waiting.decrementAndGet();
            CountingServer.status(401).to(client, head, out);
        })) {
            String a = slow.uri("/a").toString();
            String b = slow.uri("/b").toString();
            String c = slow.uri("/c").toString();

            CliRun run = CliRun.of("probe", a, b, c, "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode all = new ObjectMapper().readTree(run.out());
            assertThat(all).extracting(n -> n.get("target").asText()).containsExactly(a, b, c);
            assertThat(slow.connections()).isEqualTo(3);
            assertThat(mostWaiting.get()).isEqualTo(1);
        }
    }

    @Test
    void aBadArgumentIsRefusedBeforeAnyProbe() {
        CliRun run = CliRun.of("probe", server.root() + "/", "ftp://example.com/");

        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("statustray: probe: only http and https URLs can be checked");
        assertThat(server.requests("/")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--timeout=0", "--timeout=601", "--timeout=soon", "--verbose", "--timeout"})
    void usageErrorsExit64WithOneLine(String arg) {
        CliRun run = arg.isEmpty() ? CliRun.of("probe") : CliRun.of("probe", "http://127.0.0.1:9/", arg);

        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err().lines()).singleElement().asString().startsWith("statustray: ");
        assertThat(run.out()).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
