package org.statustray.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.statustray.store.HistoryStore;
import org.statustray.testing.SeedStore;
import org.statustray.ui.history.HistoryModel;
import org.statustray.ui.history.HistoryRow;

/**
 * The history window over 10,000 seeded incidents: from "the window asks" ({@link HistoryModel#reload}) to
 * "rows ready to show" (the filtered, sorted list the table shows holds them all), and one filter pass as a
 * keystroke in the search field or a choice of service makes it. Also run in fresh JVMs with the launcher's
 * flags ({@link #main}), where the first open is cold.
 */
final class StoreWindowTimes {
    static final int INCIDENTS = 10_000;
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int CHILDREN = 7;
    private static final int CHILD_OPENS = 10;
    private static final String SEARCH = "elevated errors";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Function<String, String> NAMES = SeedStore.SERVICES.stream()
            .collect(Collectors.toMap(s -> s.config().id(), s -> s.config().name()))::get;

    /** The store's two queries of a full read, each row as one text (as EventRows reads them), into nothing. */
    private static final List<String> ROWS_AS_JSON = List.of(
            "SELECT json_array(service_id, event_key, provider_id, title, status, impact, started, updated, resolved,"
                    + " ends, url, component_ids) FROM events WHERE kind = 'incident'"
                    + " ORDER BY coalesce(started, latest) DESC, service_id, event_key",
            "SELECT json_array(service_id, event_key, update_id, status, at, posted_at, body) FROM event_updates"
                    + " WHERE kind = 'incident' ORDER BY seq");
    /** The same columns, one getString each. */
    private static final List<String> COLUMNS = List.of(
            "SELECT service_id, event_key, provider_id, title, status, impact, started, updated, resolved, ends, url,"
                    + " component_ids FROM events WHERE kind = 'incident'",
            "SELECT service_id, event_key, update_id, status, at, posted_at, body FROM event_updates"
                    + " WHERE kind = 'incident'");

    private final BenchContext context;
    private final Report report;

    StoreWindowTimes(BenchContext context, Report report) {
        this.context = context;
        this.report = report;
    }

    void run() throws Exception {
        Path data = context.scratch("store").resolve("seeded");
        try (HistoryStore seeding = HistoryStore.open(data)) {
            SeedStore.seed(seeding, INCIDENTS, NOW);
        }
        try (HistoryStore store = HistoryStore.open(data)) {
            open(store, data);
            filter(store);
        }
        inFreshJvms(data);
    }

    private void open(HistoryStore store, Path data) throws Exception {
        List<Double> cpu = new ArrayList<>();
        List<Double> app = StoreBench.samples(5, 11, () -> {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            HistoryModel model = opened(store);
            double ms = (System.nanoTime() - t0) / 1e6;
            cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
            check(model.rows().size() == INCIDENTS, "rows shown: " + model.rows().size());
            return ms;
        });
        List<Double> asRows = StoreBench.samples(5, 11, () -> bareRead(data, ROWS_AS_JSON));
        List<Double> byColumn = StoreBench.samples(5, 11, () -> bareRead(data, COLUMNS));
        List<Double> cpuMeasured = cpu.subList(cpu.size() - app.size(), cpu.size());
        report.add(Figure.of(StoreBench.GROUP, "open the history window over 10,000 incidents (model ready)", "ms", app)
                .floor("bare JDBC read of the same rows as the store's queries return them", asRows)
                .target("≤ 300 ms", Figure.median(app) <= 300)
                .note("warm, in the benchmark JVM (-Xmx1g, full JIT); from HistoryModel.reload to the sorted rows"
                        + " the table shows, the store already open and its file in the OS cache; the table's layout"
                        + " not included; CPU time of the thread " + Report.num(Figure.median(cpuMeasured)) + " ms"
                        + " (the rest is waiting for a core; GC threads not counted)"));
        report.add(Figure.of(StoreBench.GROUP, "bare JDBC read of the 10,000 incidents and 40,000 updates,"
                + " one getString a column", "ms", byColumn)
                .note("for comparison: the same columns read the obvious way; sqlite-jdbc's cost per call is why the"
                        + " store reads each row as one json_array text"));
    }

    private void filter(HistoryStore store) throws Exception {
        HistoryModel model = opened(store);
        List<Double> text = StoreBench.samples(5, 15, () -> pass(model, () -> model.searchTextProperty().set(SEARCH),
                () -> model.searchTextProperty().set("")));
        List<Double> service = StoreBench.samples(5, 15, () -> pass(model,
                () -> model.serviceFilterProperty().set("anthropic"), () -> model.serviceFilterProperty().set(null)));
        List<String> titles = store.incidents(null, null).stream()
                .map(s -> s.incident().title().toLowerCase(Locale.ROOT)).toList();
        List<Double> floor = StoreBench.samples(5, 15, () -> {
            long t0 = System.nanoTime();
            int hits = 0;
            for (String t : titles) {
                hits += t.contains(SEARCH) ? 1 : 0;
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            check(hits > 0, "no title matched");
            return ms;
        });
        report.add(Figure.of(StoreBench.GROUP, "filter 10,000 incidents by free text (\"" + SEARCH + "\")", "ms", text)
                .floor("bare loop of String.contains over the titles", floor)
                .target("≤ 50 ms", Figure.median(text) <= 50)
                .note("the search runs over titles, service names, phases and every update's body"));
        report.add(Figure.of(StoreBench.GROUP, "filter 10,000 incidents by service", "ms", service)
                .floor("bare loop of String.contains over the titles", floor)
                .target("≤ 50 ms", Figure.median(service) <= 50));
    }

    /** One filter pass, timed until the sorted rows follow; then the filter is cleared, untimed. */
    private static double pass(HistoryModel model, Runnable set, Runnable clear) {
        long t0 = System.nanoTime();
        set.run();
        int shown = model.rows().size();
        double ms = (System.nanoTime() - t0) / 1e6;
        check(shown > 0 && shown < INCIDENTS, "rows after filtering: " + shown);
        clear.run();
        return ms;
    }

    /** A new window's model, its rows loaded and sorted as the table sorts them first (newest start first). */
    static HistoryModel opened(HistoryStore store) {
        HistoryModel model = new HistoryModel(store, NAMES, Clock.fixed(NOW, ZONE), ZONE);
        model.rows().setComparator(HistoryRow.BY_STARTED.reversed());
        model.reload(Runnable::run, Runnable::run);
        return model;
    }

    private static double bareRead(Path data, List<String> queries) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + HistoryStore.file(data))) {
            long t0 = System.nanoTime();
            long chars = 0;
            try (Statement st = c.createStatement()) {
                for (String sql : queries) {
                    try (ResultSet rs = st.executeQuery(sql)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                String s = rs.getString(i);
                                chars += s == null ? 0 : s.length();
                            }
                        }
                    }
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            check(chars > 0, "nothing read");
            return ms;
        }
    }

    /** Children with the launcher's flags, each opening the window {@value #CHILD_OPENS} times. */
    private void inFreshJvms(Path data) throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> firstCpu = new ArrayList<>();
        List<Double> lastCpu = new ArrayList<>();
        for (int n = 0; n < CHILDREN; n++) {
            List<String> command = new ArrayList<>(List.of(BenchContext.java()));
            command.addAll(context.appJvmFlags());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), StoreWindowTimes.class.getName(),
                    data.toString()));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<Double> opens = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("open ")) {
                        String[] figures = line.substring(5).split(" ");
                        opens.add(Double.parseDouble(figures[0]));
                        cpus.add(Double.parseDouble(figures[1]));
                    } else if (line.startsWith("heap ")) {
                        heap.add(Double.parseDouble(line.substring(5)));
                    }
                }
            }
            check(p.waitFor() == 0 && opens.size() == CHILD_OPENS, "child exited " + p.exitValue() + " after " + opens);
            first.add(opens.get(0));
            last.add(opens.get(opens.size() - 1));
            firstCpu.add(cpus.get(0));
            lastCpu.add(cpus.get(cpus.size() - 1));
        }
        String flags = String.join(" ", context.appJvmFlags());
        report.add(Figure.of(StoreBench.GROUP, "open the history window over 10,000 incidents, first time in a fresh JVM",
                "ms", first).note("the launcher's flags (" + flags + "), as the app's first open after it started: its"
                        + " classes loaded and its code compiled meanwhile; CPU time of the thread "
                        + Report.num(Figure.median(firstCpu)) + " ms"));
        report.add(Figure.of(StoreBench.GROUP, "open the history window over 10,000 incidents, the "
                        + CHILD_OPENS + "th time in that JVM", "ms", last)
                .target("≤ 300 ms, with the app's own flags too", Figure.median(last) <= 300)
                .note("the launcher's flags: C1 only and a 96 MB heap with the serial collector make this slower than"
                        + " the warm figure above; CPU time of the thread " + Report.num(Figure.median(lastCpu))
                        + " ms; heap in use after the last open, after a GC: "
                        + Report.num(Figure.median(heap)) + " MB (" + Report.num(heap.stream().mapToDouble(d -> d).min()
                        .orElse(Double.NaN)) + "–" + Report.num(heap.stream().mapToDouble(d -> d).max()
                        .orElse(Double.NaN)) + ")"));
    }

    /** In a child JVM: opens the history window's model over the store in {@code args[0]} several times. */
    public static void main(String[] args) throws Exception {
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]))) {
            HistoryModel model = null;
            for (int i = 0; i < CHILD_OPENS; i++) {
                model = null; // the previous window's rows can go
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                model = opened(store);
                double ms = (System.nanoTime() - t0) / 1e6;
                check(model.rows().size() == INCIDENTS, "rows shown: " + model.rows().size());
                System.out.println("open " + ms + " " + (THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
            }
            System.gc();
            Runtime r = Runtime.getRuntime();
            System.out.println("heap " + (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024));
            check(model.totalCount() == INCIDENTS, "the model kept its rows"); // reachable until measured
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("store bench: " + what);
        }
    }
}
