package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFailed;

import com.sun.net.httpserver.HttpHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.testing.LocalServer;

/** A redirect is followed only to an http(s) address with a host, no credentials and a real port. */
@Timeout(10)
class RedirectRefusalTest {
    private final LocalServer server = LocalServer.start();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpHandler redirect(String location) {
        return ex -> {
            ex.getResponseHeaders().set("Location", location);
            LocalServer.respond(ex, 302, "text/html", new byte[0]);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILE:///etc/passwd", "file:/etc/passwd", "jar:file:/tmp/x.jar!/status.json",
        "javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "smb://fileserver/share", "ftp://example.com/x",
        "https:evil.example", "http:///etc/passwd", "http://127.0.0.1:0/", "http://127.0.0.1:99999/"})
    void aRedirectToAnythingButAWebPageIsRefused(String location) {
        server.route("/evil", redirect(location));

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/evil"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(failed.reason()).matches("(refused redirect to a non-http URL|invalid redirect location): .+");
        assertThat(server.requests("/evil")).isEqualTo(1);
    }

    @Test
    void aRedirectToAnAddressWithCredentialsIsNotFollowed() {
        server.route("/evil", redirect("http://admin:hunter2@127.0.0.1:" + server.uri("/").getPort() + "/ok"));
        server.json("/ok", 200, "{}");

        FetchResult.Failed failed = assertFailed(fetcher.fetch(server.uri("/evil"), Validators.NONE), FailureKind.UNREACHABLE);

        assertThat(failed.reason()).isEqualTo("refused redirect to an address with a user name or password");
        assertThat(server.requests("/ok")).isZero();
    }

    @Test
    void aLocationWithControlCharactersIsQuotedAsOneCleanExcerpt() throws Exception {
        // The JDK lets C1 controls through in a header (the 8-bit CSI \u009b among them), not C0 ones
        String location = "http://x/\u009b2J\u0085\u00ad" + "z".repeat(400) + "MARKER";
        try (RawServer raw = RawServer.replying("HTTP/1.1 302 Found\r\nLocation: " + location
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")) {
            FetchResult.Failed failed = assertFailed(fetcher.fetch(raw.uri("/"), Validators.NONE), FailureKind.UNREACHABLE);

            assertThat(failed.reason()).startsWith("invalid redirect location: http://x/ 2J").doesNotContain("MARKER")
                    .hasSizeLessThanOrEqualTo(130).doesNotContainPattern("\\p{Cc}");
        }
    }
}
