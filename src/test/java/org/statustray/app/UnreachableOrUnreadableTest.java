package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageReader;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Notice;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceConfig;
import org.statustray.model.TrayState;
import org.statustray.source.Formats;
import org.statustray.source.StatusReader;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.ui.overview.OverviewModel;
import org.statustray.ui.overview.OverviewRow;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.PollResult;
import org.statustray.watch.SentLog;
import org.statustray.watch.WatchPipeline;

/**
 * Unreachable versus unreadable, for every format: a page that refuses the connection or answers 503 cannot be
 * reached; one that answers 404, an HTML page, or another format's payload cannot be read (it may have moved). Each
 * is told the same way by {@code check} (table and JSON), the watching's notice and tray tooltip, and the overview.
 */
class UnreachableOrUnreadableTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    static final byte[] FEED = Fixtures.bytes("statuspage/history-githubstatus-2022-03-16.rss");
    static final byte[] SUMMARY = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");

    enum Case {
        REFUSED(PageTrouble.UNREACHABLE), SERVER_ERROR(PageTrouble.UNREACHABLE), NOT_FOUND(PageTrouble.UNREADABLE),
        HTML_PAGE(PageTrouble.UNREADABLE), OTHER_FORMAT(PageTrouble.UNREADABLE);

        final PageTrouble expected;

        Case(PageTrouble expected) {
            this.expected = expected;
        }
    }

    static Stream<Arguments> everyFormatAndCase() {
        return Formats.all().stream().flatMap(r -> Stream.of(Case.values()).map(c -> Arguments.of(r.format(), c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFormatAndCase")
    void eachFailureIsToldAsWhatItIs(String format, Case c) throws Exception {
        StatusReader reader = Formats.named(format).orElseThrow();
        try (LocalServer server = serving(c, reader)) {
            String root = server.root();
            if (c == Case.REFUSED) {
                server.close(); // nothing listens there any more
            }
            PageTrouble expected = c.expected;

            PageResult result = new PageReader(new Fetcher(FetchSettings.defaults(), Clock.systemUTC()), Clock.systemUTC())
                    .read(URI.create(root), reader, Validators.NONE);
            assertThat(result).isInstanceOf(PageResult.Failed.class);
            assertThat(((PageResult.Failed) result).trouble()).as(((PageResult.Failed) result).reason()).isEqualTo(expected);

            CliRun json = CliRun.of("check", root, "--format", format, "--json");
            JsonNode page = JSON.readTree(json.out()).get(0);
            assertThat(json.exit()).isEqualTo(3);
            assertThat(page.get("status").asText()).isEqualTo("unknown");
            assertThat(page.get("failure").asText()).isEqualTo(expected.wireName());
            String hint = " — run 'statustray detect " + root + "'";
            if (expected == PageTrouble.UNREADABLE) {
                assertThat(page.get("error").asText()).endsWith(hint);
            } else {
                assertThat(page.get("error").asText()).doesNotContain("statustray detect");
            }
            CliRun table = CliRun.of("check", root, "--format", format);
            assertThat(table.out()).contains(" " + expected.word() + " ");

            watched(format, root, result, expected);
        }
    }

    /**
     * Three failed polls in a row, while another page answers (so that it is not this machine's network): the
     * notice, the tray and the overview say which of the two it is.
     */
    private static void watched(String format, String root, PageResult result, PageTrouble expected) throws Exception {
        ServiceConfig service = new ServiceConfig("svc", "Svc", root, format, List.of(), 60, false, false, false);
        ServiceConfig other = new ServiceConfig("gh", "GitHub", "https://www.githubstatus.com", "statuspage", List.of(),
                60, false, false, false);
        URI ghEndpoint = URI.create("https://www.githubstatus.com/api/v2/summary.json");
        PageResult answers = new PageResult.Read(ghEndpoint, "statuspage",
                Formats.named("statuspage").orElseThrow().read(SUMMARY, ghEndpoint, T0), Validators.NONE);
        List<Notice> notices = new ArrayList<>();
        List<TrayState> tray = new ArrayList<>();
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(),
                new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC), HistoryLog.NONE, List.of(service, other),
                notices::add, tray::add);
        for (int i = 0; i < 3; i++) {
            Instant at = T0.plusSeconds(60L * i);
            pipeline.handle(new PollResult(other, answers, 2L * i, at));
            pipeline.handle(new PollResult(service, result, 2L * i + 1, at));
        }
        assertThat(notices).filteredOn(n -> "svc".equals(n.serviceId())).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("Svc: status unknown — page " + expected.word());
            assertThat(n.trouble()).isEqualTo(expected);
            assertThat(n.body()).contains(expected == PageTrouble.UNREADABLE ? "its format may have changed"
                    : "cannot reach its status page");
        });
        TrayState last = tray.get(tray.size() - 1);
        assertThat(last.tooltip()).contains("Svc: unknown · page " + expected.word()
                + (expected == PageTrouble.UNREADABLE ? " (its format may have changed)" : ""));

        OverviewModel overview = new OverviewModel(Clock.fixed(T0.plusSeconds(180), ZoneOffset.UTC), ZoneOffset.UTC);
        overview.update(pipeline.serviceViews());
        OverviewRow row = overview.rows().get(0);
        assertThat(row.statusWord()).isEqualTo(expected.word());
        assertThat(row.unknownReason()).startsWith(expected == PageTrouble.UNREACHABLE ? "Cannot reach 127.0.0.1: "
                : "127.0.0.1 answers, but not as a status page StatusTray can read — its format may have changed: ");
        assertThat(row.detectAgain()).isEqualTo(expected == PageTrouble.UNREADABLE);
        assertThat(overview.rows().get(1).detectAgain()).isFalse();
        assertThat(overview.summary().text()).isEqualTo("1 of 2 services needs attention · 1 "
                + (expected == PageTrouble.UNREACHABLE ? "cannot be reached" : "cannot be read"));
    }

    /** Every path answers the same; another format's payload is a feed for a JSON format, JSON for a feed. */
    private static LocalServer serving(Case c, StatusReader reader) {
        LocalServer server = LocalServer.start();
        boolean feedFormat = List.of("feed", "aws-rss", "azure").contains(reader.format());
        server.route("/", ex -> {
            switch (c) {
                case SERVER_ERROR -> LocalServer.respond(ex, 503, "text/html", "<html>Busy</html>".getBytes(StandardCharsets.UTF_8));
                case NOT_FOUND -> LocalServer.respond(ex, 404, "text/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
                case HTML_PAGE -> LocalServer.respond(ex, 200, "text/html", ("<!DOCTYPE html><html><head><title>Status"
                        + "</title></head><body><h1>All good</h1></body></html>").getBytes(StandardCharsets.UTF_8));
                default -> LocalServer.respond(ex, 200, feedFormat ? "application/json" : "application/rss+xml",
                        feedFormat ? SUMMARY : FEED);
            }
        });
        return server;
    }
}
