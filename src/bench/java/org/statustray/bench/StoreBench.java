package org.statustray.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.Transition;
import org.statustray.testing.SeedStore;

/**
 * The store and the history window: 100,000 status changes written the way the app writes them, against
 * bare sqlite-jdbc; then, over a store seeded with 10,000 incidents ({@link SeedStore}), opening the
 * history window's model and one filter pass ({@link StoreWindowTimes}), in this JVM and in fresh JVMs
 * with the launcher's flags; and a week of probe results ({@link StoreProbeFigures}).
 */
public final class StoreBench implements BenchPart {
    static final String GROUP = "Store and history window";
    static final int TRANSITIONS = 100_000;
    static final int SAMPLES = 7;
    /** The store's own time form (fixed width, nine fraction digits), for the floor's rows. */
    private static final DateTimeFormatter STORE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
            .appendLiteral('Z').toFormatter(Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "store";
    }

    @Override
    public void run(BenchContext context, Report report) throws Exception {
        inserts(context, report);
        samePollAgain(context, report);
        new StoreWindowTimes(context, report).run();
        new StoreProbeFigures(context, report).run();
    }

    private void inserts(BenchContext context, Report report) throws Exception {
        List<Transition> rows = transitions(TRANSITIONS);
        Path scratch = context.scratch("store");
        List<Double> app = samples(1, SAMPLES, () -> appInserts(scratch, rows));
        List<Double> floor = samples(1, SAMPLES, () -> bareInserts(scratch, rows));
        report.add(Figure.of(GROUP, "insert 100,000 status changes through HistoryStore.recordTransition", "ms", app)
                .floor("bare sqlite-jdbc, one PreparedStatement, one transaction", floor)
                .note("a fresh store per sample; WAL with synchronous=NORMAL in both (no fsync at a commit, only at a"
                        + " checkpoint); the app commits every change on its own, and that commit is most of its cost"
                        + " (a cached statement saves little); a poll records none or a few"));
    }

    /** What most polls store: the page's incidents, unchanged since the last poll (50: a full history page). */
    private void samePollAgain(BenchContext context, Report report) throws Exception {
        List<Incident> page = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int n = 0; n < 50; n++) {
            Instant at = start.plusSeconds(86_400L * n);
            List<IncidentUpdate> updates = new ArrayList<>();
            for (int u = 0; u < 4; u++) {
                updates.add(new IncidentUpdate("u" + n + "-" + u, u == 3 ? "resolved" : "investigating",
                        at.plusSeconds(600L * u), at.plusSeconds(600L * u), "Update " + u + " of incident " + n + "."));
            }
            page.add(new Incident("i" + n, "Incident " + n, "resolved", Impact.MINOR, at, at.plusSeconds(1800),
                    at.plusSeconds(1800), "https://status.example/i" + n, updates, List.of("c1")));
        }
        try (HistoryStore store = HistoryStore.open(context.scratch("store"))) {
            store.upsertIncidents("github", page);
            List<Double> ms = samples(1, SAMPLES, () -> {
                long t0 = System.nanoTime();
                for (int i = 0; i < 100; i++) {
                    store.upsertIncidents("github", page);
                }
                return (System.nanoTime() - t0) / 1e6 / 100;
            });
            report.add(Figure.of(GROUP, "store a poll's 50 incidents (200 updates) again, unchanged", "ms", ms)
                    .note("per poll, the mean of 100; what StoreHistory does after every poll that read the page"));
        }
    }

    private static double appInserts(Path scratch, List<Transition> rows) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory(scratch, "app");
        try (HistoryStore store = HistoryStore.open(dir)) {
            long t0 = System.nanoTime();
            for (Transition t : rows) {
                store.recordTransition(t.serviceId(), t.componentId(), t.from(), t.to(), t.at());
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** The same rows into a table like the store's (same columns and index), in one transaction. */
    private static double bareInserts(Path scratch, List<Transition> rows) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory(scratch, "bare");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bare.db"))) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("CREATE TABLE transitions (id INTEGER PRIMARY KEY AUTOINCREMENT, service_id TEXT NOT NULL,"
                        + " component_id TEXT, from_status TEXT, to_status TEXT NOT NULL, at TEXT NOT NULL)");
                st.execute("CREATE INDEX transitions_by_service ON transitions (service_id, at)");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO transitions (service_id, component_id,"
                    + " from_status, to_status, at) VALUES (?, ?, ?, ?, ?)")) {
                for (Transition t : rows) {
                    ps.setString(1, t.serviceId());
                    ps.setString(2, t.componentId());
                    ps.setString(3, t.from() == null ? null : t.from().wireName());
                    ps.setString(4, t.to().wireName());
                    ps.setString(5, STORE_TIME.format(t.at()));
                    ps.executeUpdate();
                }
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** Changes of the seeded services' components and of the services, a minute apart, going back and forth. */
    static List<Transition> transitions(int count) {
        List<Transition> out = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Status[] cycle = {Status.OPERATIONAL, Status.DEGRADED, Status.PARTIAL_OUTAGE, Status.OPERATIONAL};
        for (int n = 0; n < count; n++) {
            SeedStore.SeedService s = SeedStore.SERVICES.get(n % SeedStore.SERVICES.size());
            int k = n / SeedStore.SERVICES.size();
            String component = k % 5 == 0 ? null : s.components().get(k % s.components().size()).id();
            out.add(new Transition(s.config().id(), component, cycle[k % 3], cycle[k % 3 + 1],
                    start.plusSeconds(60L * n)));
        }
        return out;
    }

    /** Runs {@code work} {@code warmups} times unrecorded, then {@code count} times; each returns its own time. */
    static List<Double> samples(int warmups, int count, Callable<Double> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.call();
        }
        List<Double> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(work.call());
        }
        return out;
    }
}
