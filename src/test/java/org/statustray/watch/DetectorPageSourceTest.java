package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.PollerTest.GITHUB;
import static org.statustray.watch.PollerTest.SUMMARY;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;
import org.statustray.testing.LocalServer;

@Timeout(30)
class DetectorPageSourceTest {
    private final LocalServer server = LocalServer.start();
    private final DetectorPageSource source = new DetectorPageSource(new Detector(new Fetcher(), Clock.systemUTC()));

    @AfterEach
    void stop() {
        server.close();
    }

    private ServiceConfig service(String url, String format) {
        return new ServiceConfig("s", "S", url, format, List.of(), null, false, false, false);
    }

    @Test
    void anAutoServiceIsDetectedOnceThenReadConditionallyAsTheFormatFound() {
        server.route(SUMMARY, ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LocalServer.respond(ex, same ? 304 : 200, "application/json", same ? new byte[0] : GITHUB);
        });

        PageResult first = source.read(service(server.root(), "auto"), Validators.NONE);
        assertThat(first).isInstanceOf(PageResult.Read.class);
        PageResult.Read read = (PageResult.Read) first;
        assertThat(read.format()).isEqualTo("statuspage");

        PageResult second = source.read(service(server.root(), "auto"), read.validators());
        assertThat(second).isInstanceOf(PageResult.Unchanged.class);
        assertThat(server.requests(SUMMARY)).isEqualTo(2);
    }

    @Test
    void aKnownFormatIsReadDirectly() {
        server.json(SUMMARY, 200, GITHUB);
        PageResult result = source.read(service(server.root(), "statuspage"), Validators.NONE);
        assertThat(result).isInstanceOf(PageResult.Read.class);
        assertThat(((PageResult.Read) result).snapshot().service()).isEqualTo("GitHub");
    }

    @Test
    void aBadAddressIsAFailureNotAnException() {
        assertThat(source.read(service("ftp://example.com/x", "statuspage"), Validators.NONE))
                .isInstanceOfSatisfying(PageResult.Failed.class, f -> {
                    assertThat(f.kind()).isEqualTo(FailureKind.UNREADABLE);
                    assertThat(f.reason()).contains("only http and https");
                });
        assertThat(source.read(service(null, null), Validators.NONE)).isInstanceOf(PageResult.Failed.class);
    }
}
