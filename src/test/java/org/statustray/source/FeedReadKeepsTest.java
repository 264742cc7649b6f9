package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.feed.Feed;

/**
 * {@link FeedReader#read} decides which entries it keeps before it reads their posts' texts; it reads every
 * feed fixture, at times around each of its entries' and updates' times, as the whole history filtered does.
 */
class FeedReadKeepsTest {
    private static final URI URL = URI.create("https://www.githubstatus.com/history.rss");
    private static final FeedReader READER = new FeedReader();

    @Test
    void readsAsTheWholeHistoryFiltered() throws Exception {
        int reads = 0;
        int kept = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".rss") || p.toString().endsWith(".atom"))::iterator) {
                byte[] body = Files.readAllBytes(f);
                History all;
                try {
                    all = READER.readHistory(body, URL);
                } catch (UnreadableException e) {
                    continue;
                }
                for (Instant at : times(all)) {
                    Snapshot read = READER.read(body, URL, at);
                    assertThat(read).as("%s at %s", f, at).isEqualTo(definition(body, at));
                    kept += read.incidents().size() + read.maintenances().size();
                    reads++;
                }
            }
        }
        assertThat(reads).isGreaterThan(500);
        assertThat(kept).as("entries kept in %d reads (most fixture entries are closed)", reads).isGreaterThan(10);
    }

    /** Every time the history carries, and a day, three days and a minute, and 90 days later. */
    private static TreeSet<Instant> times(History all) {
        TreeSet<Instant> base = new TreeSet<>();
        for (Incident i : all.incidents()) {
            add(base, i.started(), i.updated(), i.resolved());
            i.updates().forEach(u -> add(base, u.at()));
        }
        for (Maintenance m : all.maintenances()) {
            add(base, m.starts(), m.ends());
            m.updates().forEach(u -> add(base, u.at()));
        }
        TreeSet<Instant> out = new TreeSet<>(base);
        for (Instant t : base) {
            out.add(t.plus(Duration.ofDays(1)));
            out.add(t.plus(FeedRules.QUIET_INCIDENT));
            out.add(t.plus(FeedRules.QUIET_INCIDENT).plusSeconds(60));
            out.add(t.plus(FeedRules.STALE_FEED).plusSeconds(1));
        }
        out.add(Instant.parse("2022-07-02T00:00:00Z"));
        return out;
    }

    private static void add(TreeSet<Instant> set, Instant... times) {
        for (Instant t : times) {
            if (t != null) {
                set.add(t);
            }
        }
    }

    /** The read as it was written before: the whole history, then the current entries. */
    private static Snapshot definition(byte[] body, Instant fetchedAt) throws UnreadableException {
        Feed feed = Feed.parse(body, URL);
        History all = FeedEvents.history(feed);
        Instant newest = null;
        for (Incident i : all.incidents()) {
            newest = later(newest, i.updated() != null ? i.updated() : i.started());
        }
        for (Maintenance m : all.maintenances()) {
            for (IncidentUpdate u : m.updates()) {
                newest = later(newest, u.at());
            }
            newest = later(later(newest, m.starts()), m.ends());
        }
        String name = READER.read(body, URL, fetchedAt).service();
        if (newest != null && FeedRules.looksStale(newest, fetchedAt)) {
            return new Snapshot(name, URL.toString(), FeedReader.FORMAT, fetchedAt, Status.OPERATIONAL,
                    FeedRules.staleNote(newest), List.of(), false, List.of(), List.of());
        }
        List<Incident> incidents = new ArrayList<>();
        all.incidents().stream().filter(i -> FeedRules.isCurrent(i, fetchedAt)).forEach(incidents::add);
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Maintenance> maintenances = new ArrayList<>();
        all.maintenances().stream().filter(m -> FeedRules.isCurrent(m, fetchedAt)).forEach(maintenances::add);
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        Status status = OverallStatus.withoutIndicator(List.of(), incidents, maintenances);
        return new Snapshot(name, URL.toString(), FeedReader.FORMAT, fetchedAt, status, status.label(), List.of(),
                false, incidents, maintenances);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}
