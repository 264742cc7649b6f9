package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Snapshot;

/**
 * A killed app loses no committed history: a child JVM ({@link CrashWriter}) writes through the real
 * store and says which rows it committed; it is killed with SIGKILL ({@code destroyForcibly}) mid-loop at a
 * different point each run, and the parent reopens the same store, checks its integrity and finds every
 * row the child said was committed. This is a process crash: WAL with {@code synchronous=NORMAL} does not
 * promise the last commits survive a power cut, and no test here pulls the plug.
 */
@Timeout(180)
class CrashDurabilityTest {
    static final int RUNS = 8;
    static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    @TempDir
    Path dir;

    /** What the children said they committed, one line each, over all runs so far. */
    final List<String[]> claims = new ArrayList<>();

    @Test
    void everyRowAKilledWriterCommittedIsThereAndTheFileIsIntact() throws Exception {
        Path data = dir.resolve("data");
        List<String> figures = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            int killAfter = 25 + 61 * run; // lines seen before the kill: a different moment each run
            int seen = killDuringWrites(data, "r" + run, killAfter);
            String integrity = integrity(HistoryStore.file(data));
            int found = findAll(data);
            figures.add("run " + run + ": killed after " + killAfter + " lines, " + seen + " reported, integrity "
                    + integrity + ", " + found + "/" + claims.size() + " reported rows found");
            assertThat(integrity).as("integrity after run " + run).isEqualTo("ok");
            assertThat(found).as("rows found after run " + run).isEqualTo(claims.size());
        }
        figures.forEach(System.out::println);
        assertThat(claims.size()).isGreaterThanOrEqualTo(RUNS * 25);
    }

    /** Starts a writer, reads its lines until {@code killAfter} (or the deadline), kills it; the lines it gave. */
    private int killDuringWrites(Path data, String run, int killAfter) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), data.toString(), run)
                .redirectError(dir.resolve("stderr-" + run).toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(child.getInputStream(), lines), "crash-writer-stdout-" + run);
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        int count = 0;
        try {
            while (count < killAfter) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("the writer of run " + run + " gave " + count + " lines in 30 s; stderr: "
                            + Files.readString(dir.resolve("stderr-" + run)));
                }
                count += note(line);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the writer ended").isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(30)); // lines still in the pipe were committed too
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            count += note(line);
        }
        assertThat(child.exitValue()).as("killed, not ended on its own").isEqualTo(137);
        return count;
    }

    /** Only whole lines: a line the kill cut short is not a claim. */
    private static void readLines(InputStream in, BlockingQueue<String> lines) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // the pipe closed with the child
        }
    }

    /** Takes note of one line's claim; 1 for a claim, 0 for the line saying the store is open. */
    private int note(String line) {
        String[] w = line.split(" ");
        if (w[0].equals("open")) {
            return 0;
        }
        if (!Set.of("transition", "incident", "snapshot").contains(w[0])) {
            throw new AssertionError("unexpected line from the writer: " + line);
        }
        claims.add(w);
        return 1;
    }

    /**
     * Reopens the store as the app would and counts the claims it bears out: the transition is there, the
     * incident has at least the updates claimed, the service's snapshot is the one claimed or a later one
     * (a snapshot replaces the one before).
     */
    private int findAll(Path data) throws StoreException {
        try (HistoryStore store = HistoryStore.open(data)) {
            Set<String> transitions = new HashSet<>();
            store.transitions(null, null).forEach(t -> transitions.add(t.serviceId() + " " + t.componentId()));
            Map<String, Integer> updates = new HashMap<>();
            store.incidents(null, null).forEach(s -> updates.put(s.incident().id(), s.incident().updates().size()));
            Map<String, Integer> snapshots = new HashMap<>();
            int found = 0;
            for (String[] w : claims) {
                boolean there = switch (w[0]) {
                    case "transition" -> transitions.contains(w[1] + " " + w[2]);
                    case "incident" -> updates.getOrDefault(w[2], 0) >= Integer.parseInt(w[3]);
                    default -> snapshots.computeIfAbsent(w[1], id -> store.lastSnapshot(id).map(Snapshot::description)
                            .map(Integer::parseInt).orElse(-1)) >= Integer.parseInt(w[2]);
                };
                found += there ? 1 : 0;
            }
            return found;
        }
    }

    static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rs.next()) {
                result.append(result.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return result.toString();
        }
    }
}
