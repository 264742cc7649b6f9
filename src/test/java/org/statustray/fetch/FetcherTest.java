package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFresh;
import static org.statustray.fetch.FetchAssertions.gzip;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.model.AppVersion;
import org.statustray.testing.LocalServer;

@Timeout(10)
class FetcherTest {
    private final LocalServer server = LocalServer.start();
    private final Fetcher fetcher = new Fetcher(FetchSettings.defaults(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void freshBodyWithContentTypeAndValidatorsAndOurHeaders() {
        AtomicReference<Headers> received = new AtomicReference<>();
        server.route("/status.json", ex -> {
            received.set(ex.getRequestHeaders());
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
            LocalServer.respond(ex, 200, "application/json; charset=utf-8", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult.Fresh fresh = assertFresh(fetcher.fetch(server.uri("/status.json"), Validators.NONE));

        assertThat(fresh.httpStatus()).isEqualTo(200);
        assertThat(fresh.uri()).isEqualTo(server.uri("/status.json"));
        assertThat(fresh.finalUri()).isEqualTo(server.uri("/status.json"));
        assertThat(fresh.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
        assertThat(fresh.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 21 Oct 2015 07:28:00 GMT"));
        Headers h = received.get();
        assertThat(h.getFirst("User-Agent")).isEqualTo("StatusTray/" + AppVersion.get());
        assertThat(h.getFirst("Accept-Encoding")).isEqualTo("gzip");
        assertThat(h.getFirst("Accept")).isEqualTo("application/json, application/xml;q=0.9, */*;q=0.8");
        assertThat(h.containsKey("If-None-Match")).isFalse();
        assertThat(h.containsKey("If-Modified-Since")).isFalse();
    }

    @Test
    void gzipBodyIsDecoded() {
        byte[] json = "{\"components\":[]}".repeat(100).getBytes(StandardCharsets.UTF_8);
        server.route("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.respond(ex, 200, "application/json", gzip(json));
        });

        FetchResult.Fresh fresh = assertFresh(fetcher.fetch(server.uri("/gz"), Validators.NONE));

        assertThat(fresh.body()).isEqualTo(json);
    }

    @Test
    void successWithoutBodyIsFreshWithEmptyBody() {
        server.json("/empty", 204, "");

        FetchResult.Fresh fresh = assertFresh(fetcher.fetch(server.uri("/empty"), null));

        assertThat(fresh.httpStatus()).isEqualTo(204);
        assertThat(fresh.body()).isEmpty();
        assertThat(fresh.validators().isEmpty()).isTrue();
    }

    @Test
    void concurrentAsyncFetchesAllComplete() {
        List<URI> uris = IntStream.range(0, 12).mapToObj(i -> {
            server.json("/page" + i, 200, "{\"n\":" + i + "}");
            return server.uri("/page" + i);
        }).toList();

        List<CompletableFuture<FetchResult>> futures = uris.stream().map(u -> fetcher.fetchAsync(u, Validators.NONE)).toList();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

        for (int i = 0; i < futures.size(); i++) {
            FetchResult.Fresh fresh = assertFresh(futures.get(i).join());
            assertThat(fresh.uri()).isEqualTo(uris.get(i));
            assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":" + i + "}");
        }
    }

    @Test
    void oneClientPerFetcherConfiguredFromSettings() {
        server.json("/a", 200, "{}");
        HttpClient client = fetcher.client();

        fetcher.fetch(server.uri("/a"), Validators.NONE);
        fetcher.fetchAsync(server.uri("/a"), Validators.NONE).join();

        assertThat(fetcher.client()).isSameAs(client);
        assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(client.connectTimeout()).contains(FetchSettings.defaults().connectTimeout());
        assertThat(server.requests("/a")).isEqualTo(2);
    }
}
