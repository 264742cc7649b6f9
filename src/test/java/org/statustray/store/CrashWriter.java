package org.statustray.store;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Run in a JVM of its own by {@link CrashDurabilityTest}, which kills it: opens the store in the data
 * directory given and writes history in a loop through {@link HistoryStore}, printing one line per write
 * only after the call that commits it has returned. The lines are what the test expects to find.
 * Arguments: the data directory and a run name (kept apart from other runs' rows).
 */
final class CrashWriter {
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    /** Each incident is written this many times, one update more each time. */
    static final int UPDATES = 3;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        String run = args[1];
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8); // each flush one write: a kill cannot split a line in two writes
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            out.println("open");
            out.flush();
            for (int i = 0; ; i++) {
                String service = "svc-" + run;
                switch (i % 3) {
                    case 0 -> {
                        store.recordTransition(service, "c" + i, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(i));
                        out.println("transition " + service + " c" + i);
                    }
                    case 1 -> {
                        int n = i / 3;
                        String id = run + "-" + n / UPDATES;
                        int updates = n % UPDATES + 1;
                        store.upsertIncidents(service, List.of(incident(id, updates)));
                        out.println("incident " + service + " " + id + " " + updates);
                    }
                    default -> {
                        store.saveSnapshot(service, snapshot(i));
                        out.println("snapshot " + service + " " + i);
                    }
                }
                out.flush();
            }
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static Incident incident(String id, int updates) {
        List<IncidentUpdate> posts = new ArrayList<>();
        for (int u = 0; u < updates; u++) {
            posts.add(new IncidentUpdate("u" + u, "investigating", T0.plusSeconds(u), T0.plusSeconds(u),
                    "Update " + u + " of incident " + id));
        }
        return new Incident(id, "Incident " + id, "investigating", Impact.MINOR, T0, T0.plusSeconds(updates), null,
                "https://status.example.com/incidents/" + id, posts, List.of());
    }

    static Snapshot snapshot(int i) {
        return new Snapshot("Crash test", "https://status.example.com", "statuspage", T0.plusSeconds(i),
                Status.DEGRADED, String.valueOf(i), List.of(), true, List.of(), List.of());
    }
}
