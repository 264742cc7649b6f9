package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.assertFresh;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.testing.LocalServer;

/** Conditional GET: validators go out as If-None-Match / If-Modified-Since and a 304 is NotModified. */
@Timeout(10)
class FetcherConditionalTest {
    private final LocalServer server = LocalServer.start();
    private final Fetcher fetcher = new Fetcher();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void etagRoundTripGivesNotModified() {
        AtomicReference<String> ifNoneMatch = new AtomicReference<>();
        server.route("/s", ex -> {
            String tag = ex.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.set(tag);
            ex.getResponseHeaders().set("ETag", "\"abc\"");
            boolean same = "\"abc\"".equals(tag);
            LocalServer.respond(ex, same ? 304 : 200, "application/json", same ? new byte[0] : "{}".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult.Fresh first = assertFresh(fetcher.fetch(server.uri("/s"), Validators.NONE));
        FetchResult second = fetcher.fetch(server.uri("/s"), first.validators());

        assertThat(ifNoneMatch.get()).isEqualTo("\"abc\"");
        assertThat(second).isEqualTo(new FetchResult.NotModified(server.uri("/s"), new Validators("\"abc\"", null)));
    }

    @Test
    void lastModifiedRoundTripGivesNotModified() {
        String stamp = "Tue, 02 Jan 2024 10:00:00 GMT";
        AtomicReference<String> ifModifiedSince = new AtomicReference<>();
        server.route("/s", ex -> {
            String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ifModifiedSince.set(since);
            ex.getResponseHeaders().set("Last-Modified", stamp);
            boolean same = stamp.equals(since);
            LocalServer.respond(ex, same ? 304 : 200, "application/json", same ? new byte[0] : "{}".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult.Fresh first = assertFresh(fetcher.fetch(server.uri("/s"), Validators.NONE));
        FetchResult second = fetcher.fetch(server.uri("/s"), first.validators());

        assertThat(first.validators()).isEqualTo(new Validators(null, stamp));
        assertThat(ifModifiedSince.get()).isEqualTo(stamp);
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        assertThat(((FetchResult.NotModified) second).validators()).isEqualTo(new Validators(null, stamp));
    }

    @Test
    void notModifiedSendsBothValidatorsAndKeepsOldOnesNotReplaced() {
        AtomicReference<Headers> received = new AtomicReference<>();
        server.route("/s", ex -> {
            received.set(ex.getRequestHeaders());
            ex.getResponseHeaders().set("ETag", "\"new\"");
            LocalServer.respond(ex, 304, "application/json", new byte[0]);
        });
        Validators old = new Validators("\"old\"", "Mon, 01 Jan 2024 00:00:00 GMT");

        FetchResult result = fetcher.fetch(server.uri("/s"), old);

        assertThat(received.get().getFirst("If-None-Match")).isEqualTo("\"old\"");
        assertThat(received.get().getFirst("If-Modified-Since")).isEqualTo("Mon, 01 Jan 2024 00:00:00 GMT");
        assertThat(result).isEqualTo(new FetchResult.NotModified(server.uri("/s"),
                new Validators("\"new\"", "Mon, 01 Jan 2024 00:00:00 GMT")));
    }

    @Test
    void aNotModifiedAnswerLeavesTheConnectionOpenForTheNextPoll() {
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        server.route("/s", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            ex.getResponseHeaders().set("ETag", "\"abc\"");
            boolean same = "\"abc\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            LocalServer.respond(ex, same ? 304 : 200, "application/json", same ? new byte[0] : "{}".getBytes(StandardCharsets.UTF_8));
        });

        Validators validators = assertFresh(fetcher.fetch(server.uri("/s"), Validators.NONE)).validators();
        for (int i = 0; i < 3; i++) {
            assertThat(fetcher.fetch(server.uri("/s"), validators)).isInstanceOf(FetchResult.NotModified.class);
        }

        assertThat(clientPorts).as("one connection for all four requests").hasSize(4).containsOnly(clientPorts.get(0));
    }
}
