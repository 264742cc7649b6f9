package org.statustray.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.store.HistoryStore;

/**
 * The probe results in the store: a week of per-minute probes of 20 services (201,600), a batch per minute
 * as the app writes them. Written oldest first, as the app does, the store merges old rows into longer
 * buckets as it goes (every 15 minutes of the probes' time). Written newest first, it never gets to, so that
 * file is the week without downsampling; then {@link HistoryStore#compactProbes} shows it after. Both are
 * measured after a VACUUM, which packs the pages and gives the freed ones back.
 */
final class StoreProbeFigures {
    static final int SERVICES = 20;
    static final int MINUTES = 7 * 24 * 60;
    static final int SAMPLES = 3;
    private static final String WEEK = "a week of per-minute probes of 20 services (201,600)";

    private final BenchContext context;
    private final Report report;

    StoreProbeFigures(BenchContext context, Report report) {
        this.context = context;
        this.report = report;
    }

    void run() throws Exception {
        Path scratch = context.scratch("store-probes");
        List<Double> liveMs = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        List<Double> rawMs = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            Path liveDir = Files.createTempDirectory(scratch, "live");
            liveMs.add(write(liveDir, true));
            live.add(megabytes(liveDir));
            Path rawDir = Files.createTempDirectory(scratch, "raw");
            rawMs.add(write(rawDir, false));
            vacuum(rawDir); // rows written in descending order leave pages half full: measured as packed
            raw.add(megabytes(rawDir));
            try (HistoryStore store = HistoryStore.open(rawDir)) {
                store.compactProbes(); // by the system clock: the week ends now
            }
            vacuum(rawDir);
            after.add(megabytes(rawDir));
        }
        report.add(Figure.of(StoreBench.GROUP, "store " + WEEK + " through HistoryStore.recordProbe", "ms", liveMs)
                .note("oldest first, a batch (one transaction) of 20 a minute as the app writes a poll's, the"
                        + " downsampling every 15 minutes of probe time included; a fresh store per sample"));
        report.add(Figure.of(StoreBench.GROUP, "history.db after " + WEEK + ", downsampled as written", "MB", live)
                .note("a day of minute rows and six days of 15-minute buckets, about 2,000 rows a service"));
        report.add(Figure.of(StoreBench.GROUP, "store " + WEEK + " newest first", "ms", rawMs)
                .note("the same probes and batches; written this way the store never gets to downsample them"));
        report.add(Figure.of(StoreBench.GROUP, "history.db after " + WEEK + ", written newest first: no downsampling",
                "MB", raw).note("one row per service and minute (WITHOUT ROWID, times as epoch seconds), after a"
                        + " VACUUM"));
        report.add(Figure.of(StoreBench.GROUP, "that file after compactProbes and VACUUM", "MB", after)
                .note("compaction frees the pages, which the next rows reuse; VACUUM gives them back to the disk"));
    }

    /** Writes the week oldest or newest first; the time it took, in ms. The store is closed (checkpointed) after. */
    private static double write(Path dir, boolean oldestFirst) throws Exception {
        Instant start = Instant.now().minus(Duration.ofMinutes(MINUTES));
        try (HistoryStore store = HistoryStore.open(dir)) {
            long t0 = System.nanoTime();
            for (int k = 0; k < MINUTES; k++) {
                int minute = oldestFirst ? k : MINUTES - 1 - k;
                Instant at = start.plus(Duration.ofMinutes(minute));
                store.batch(() -> {
                    for (int s = 0; s < SERVICES; s++) {
                        store.recordProbe("service-" + s, probe(at, minute, s));
                    }
                });
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** Mostly answered, in 80 to 200 ms; one in 50 failing, as a service in trouble would. */
    private static ProbeResult probe(Instant at, int minute, int service) {
        long firstByte = 80 + (minute * 7L + service * 13L) % 120;
        if ((minute + service) % 50 == 0) {
            return new ProbeResult("https://service-" + service + ".test/", false, null,
                    new ProbeTimes(4L, null, null, null, 10_000), ProbeFailure.TIMEOUT, "no answer within 10 s", at);
        }
        return new ProbeResult("https://service-" + service + ".test/", true, 200,
                new ProbeTimes(4L, 20L, 45L, firstByte, firstByte + 15), null, null, at);
    }

    private static void vacuum(Path dir) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(dir));
                Statement st = c.createStatement()) {
            st.execute("VACUUM");
        }
    }

    private static double megabytes(Path dir) throws java.io.IOException {
        return Files.size(HistoryStore.file(dir)) / 1e6;
    }
}
