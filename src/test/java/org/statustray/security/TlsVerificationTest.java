package org.statustray.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.app.CliRun;
import org.statustray.app.WatchCommand;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.FetchResult;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.Validators;
import org.statustray.testing.Fixtures;
import org.statustray.testing.SelfSignedKeys;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real HTTPS server whose certificate is self-signed (made here with the JDK's keytool): a page served
 * over it is never read, whatever it says. The fetch fails with one line, the service is unknown, never
 * operational, and the server never sees a request.
 */
@Timeout(60)
class TlsVerificationTest {
    static final String SUMMARY = "/api/v2/summary.json";

    @TempDir
    static Path dir;
    static SelfSignedKeys keys;
    static HttpsServer server;
    static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        keys = SelfSignedKeys.make(dir, "ip:127.0.0.1,dns:localhost");
        SSLContext tls = keys.server();
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        byte[] page = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    static String root() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theServerServesTheOperationalPageToAClientThatTrustsItsCertificate() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().sslContext(keys.trustingClient()).build()
                .send(HttpRequest.newBuilder(URI.create(root() + SUMMARY)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"All Systems Operational\"");
    }

    @Test
    void theFetcherRefusesTheSelfSignedCertificateWithOneLine() {
        int before = requests.get();

        FetchResult result = new Fetcher().fetch(URI.create(root() + SUMMARY), Validators.NONE);

        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(failed.reason()).startsWith("secure connection failed: ").hasSizeLessThanOrEqualTo(300)
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(requests.get()).as("no request got through").isEqualTo(before);
    }

    @Test
    void checkCallsThePageUnknown() throws Exception {
        CliRun run = CliRun.of("check", "--json", root());

        assertThat(run.exit()).isEqualTo(3);
        JsonNode page = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(page.get("status").asText()).isEqualTo("unknown");
        assertThat(page.get("error").asText()).startsWith("secure connection failed: ");
        assertThat(run.err().lines()).hasSize(1).allMatch(l -> l.contains("secure connection failed: "));
    }

    @Test
    void watchNeverShowsTheServiceOperational() throws Exception {
        Path config = Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"self\", \"url\": \""
                + root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Object> polled = new CopyOnWriteArrayList<>();
        WatchCommand.Session session = WatchCommand.start(config, dir.resolve("data"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), true, polled::add);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> polled.size() >= 2);
        } finally {
            session.close();
        }

        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(TlsVerificationTest::json).toList();
        assertThat(lines).filteredOn(l -> l.get("kind").asText().equals("polled")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(l -> {
                    assertThat(l.get("result").asText()).isEqualTo("failed");
                    assertThat(l.get("error").asText()).startsWith("secure connection failed: ");
                });
        assertThat(lines).noneMatch(l -> l.toString().contains("operational"));
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
