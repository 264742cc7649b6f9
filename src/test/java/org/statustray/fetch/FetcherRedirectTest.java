package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFailed;
import static org.statustray.fetch.FetchAssertions.assertFresh;

import com.sun.net.httpserver.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.testing.LocalServer;

/** Redirects are followed by hand, a bounded number of times, and only to http(s). */
@Timeout(10)
class FetcherRedirectTest {
    private final LocalServer server = LocalServer.start();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpHandler redirect(int status, String location) {
        return ex -> {
            ex.getResponseHeaders().set("Location", location);
            LocalServer.respond(ex, status, "text/html", new byte[0]);
        };
    }

    @Test
    void foundRedirectIsFollowed() {
        server.route("/old", redirect(302, server.root() + "/new"));
        server.json("/new", 200, "{\"moved\":true}");

        FetchResult.Fresh fresh = assertFresh(fetcher.fetch(server.uri("/old"), Validators.NONE));

        assertThat(fresh.uri()).isEqualTo(server.uri("/old"));
        assertThat(fresh.finalUri()).isEqualTo(server.uri("/new"));
        assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).isEqualTo("{\"moved\":true}");
    }

    @Test
    void relativeLocationsResolveAgainstTheCurrentUrlAndKeepOurHeaders() {
        AtomicReference<String> agent = new AtomicReference<>();
        server.route("/a/start", redirect(301, "next"));
        server.route("/a/next", redirect(307, "/b/end"));
        server.route("/b/end", ex -> {
            agent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            LocalServer.respond(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult.Fresh fresh = assertFresh(fetcher.fetch(server.uri("/a/start"), Validators.NONE));

        assertThat(fresh.finalUri()).isEqualTo(server.uri("/b/end"));
        assertThat(agent.get()).startsWith("StatusTray/");
    }

    @Test
    void exactlyMaxRedirectsIsStillFollowed() {
        for (int i = 0; i < 5; i++) {
            server.route("/hop" + i, redirect(308, "/hop" + (i + 1)));
        }
        server.json("/hop5", 200, "{}");

        assertThat(assertFresh(fetcher.fetch(server.uri("/hop0"), Validators.NONE)).finalUri()).isEqualTo(server.uri("/hop5"));
    }

    @Test
    void redirectLoopStopsAfterMaxRedirects() {
        server.route("/loop", redirect(302, "/loop"));

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/loop"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(failed.reason()).isEqualTo("too many redirects (more than 5)");
        assertThat(server.requests("/loop")).isEqualTo(6);
    }

    @Test
    void redirectToFileUrlIsRefused() {
        server.route("/evil", redirect(303, "file:///etc/passwd"));

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/evil"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(failed.reason()).isEqualTo("refused redirect to a non-http URL: file:///etc/passwd");
    }

    @Test
    void longRefusedRedirectTargetsAreTruncated() {
        server.route("/evil", redirect(302, "ftp://example.com/" + "x".repeat(500)));

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/evil"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(failed.reason()).startsWith("refused redirect to a non-http URL: ftp://example.com/xxx").hasSizeLessThan(150);
    }

    @Test
    void redirectWithoutLocationIsAnHttpStatusFailure() {
        server.json("/nowhere", 302, "");

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/nowhere"), Validators.NONE), FailureKind.HTTP_STATUS);

        assertThat(failed.reason()).isEqualTo("HTTP 302 Found");
        assertThat(failed.httpStatus()).isEqualTo(302);
    }
}
