package org.statustray.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Poll cycles of the app's own engine ({@link PollWatchDriver}: {@code statustray watch}'s wiring) over N
 * simulated Statuspage pages with 50 ms of latency each, against a bare HttpClient making the same requests
 * ({@link PollFloorClient}), in turn, in one child JVM on the launcher's flags ({@link PollChild}). Two
 * mixes: every page unchanged (all 304), and about 10 % of the pages with a new version (a 200 to read,
 * compare and store). Each client's cycles start at least 1 s apart, the poller's minimum for a loopback host.
 */
public final class PollBench implements BenchPart {
    static final String GROUP = "Poll cycle (N pages, 50 ms latency)";
    static final long LATENCY_MS = 50;
    static final String FLOOR = "bare HttpClient";

    @Override
    public String name() {
        return "poll";
    }

    @Override
    public void run(BenchContext context, Report report) throws Exception {
        for (int n : new int[] {100, 500, 1000}) {
            int warmUp = 1;
            int rounds = n >= 1000 ? 3 : n >= 500 ? 4 : 5; // the whole part within 2.5 min
            long started = System.nanoTime();
            try (SimulatedPagesProcess pages = SimulatedPagesProcess.start(context.fixtures(), n, LATENCY_MS);
                 PollCycles cycles = PollCycles.start(context, pages.port(), n)) {
                List<String> oddities = new ArrayList<>();
                expect(oddities, "first app", cycles.first[0], cycles.first[1], cycles.first[2], n, 0);
                expect(oddities, "first floor", cycles.floor(), n, 0);
                for (int i = 0; i < warmUp; i++) {
                    cycles.app();
                    cycles.floor();
                }
                List<PollCycleMeter.Cost> app304 = new ArrayList<>();
                List<PollCycleMeter.Cost> floor304 = new ArrayList<>();
                List<PollCycleMeter.Cost> appMixed = new ArrayList<>();
                List<PollCycleMeter.Cost> floorMixed = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    app304.add(expect(oddities, "app all-304", cycles.app(), 0, n));
                    floor304.add(expect(oddities, "floor all-304", cycles.floor(), 0, n));
                    int bumped = pages.bump(0.1, 42 + r);
                    appMixed.add(expect(oddities, "app mixed", cycles.app(), bumped, n - bumped));
                    floorMixed.add(expect(oddities, "floor mixed", cycles.floor(), bumped, n - bumped));
                }
                String note = oddities.isEmpty() ? null : String.join("; ", oddities);
                oddities.forEach(o -> System.out.println("bench: poll N=" + n + ": " + o));
                add(report, n, "all 304", app304, floor304, note);
                add(report, n, "10 % new", appMixed, floorMixed, note);
            }
            System.out.printf(Locale.ROOT, "bench: poll N=%d took %.1f s%n", n, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void add(Report report, int n, String mix, List<PollCycleMeter.Cost> app,
            List<PollCycleMeter.Cost> floor, String oddities) {
        String prefix = "N=" + n + ", " + mix + ": ";
        boolean all304 = mix.equals("all 304");
        Figure wall = figure(prefix + "wall per cycle", "s", app, floor, PollCycleMeter.Cost::wallSeconds);
        if (n == 500) {
            wall = wall.target("≤ 2 s", wall.median() <= 2.0);
        }
        report.add(wall.note(oddities));
        Figure cpu = figure(prefix + "CPU per " + (all304 ? "304" : "request"), "ms", app, floor,
                c -> c.cpuNanos() / 1e6 / n);
        String cpuNote = null;
        if (n == 100 && all304) {
            cpuNote = "process CPU of the poll JVM (getProcessCpuTime: every thread, ended ones too, and the kernel's"
                    + " loopback TCP work) over the pages polled; Linux counts it in 10 ms steps, 0.1 ms per request here";
        } else if (n == 500 && all304) {
            cpuNote = String.format(Locale.ROOT, "the bare HttpClient alone needs %s ms per request on this machine,"
                    + " so the target is out of any HttpClient-based engine's reach here; what the engine adds is the"
                    + " difference", Report.num(Figure.median(cpu.floorSamples())));
        }
        report.add((all304 ? cpu.target("≤ 0.2 ms", cpu.median() <= 0.2) : cpu).note(cpuNote));
        report.add(figure(prefix + "bytes on the wire per cycle", "KiB", app, floor, c -> c.loBytes() / 1024.0)
                .note(n == 100 && all304 ? "TX bytes of the lo interface (requests and answers both, with TCP/IP"
                        + " headers); other processes using loopback meanwhile add noise" : null));
        report.add(figure(prefix + "allocation per cycle", "MiB", app, floor, c -> c.allocatedBytes() / 1048576.0)
                .note(n == 100 && all304 ? "allocated by the threads alive at the cycle's end (a thread that"
                        + " ended meanwhile is not counted)" : null));
    }

    private static Figure figure(String name, String unit, List<PollCycleMeter.Cost> app, List<PollCycleMeter.Cost> floor,
            ToDoubleFunction<PollCycleMeter.Cost> value) {
        return Figure.of(GROUP, name, unit, values(app, value)).floor(FLOOR, values(floor, value));
    }

    private static List<Double> values(List<PollCycleMeter.Cost> costs, ToDoubleFunction<PollCycleMeter.Cost> value) {
        List<Double> out = new ArrayList<>();
        costs.forEach(c -> out.add(value.applyAsDouble(c)));
        return out;
    }

    /** Notes a cycle whose answers were not the expected numbers of 200s and 304s (e.g. failures). */
    private static PollCycleMeter.Cost expect(List<String> oddities, String what, PollCycles.Cycle c, int reads,
            int unchanged) {
        expect(oddities, what, c.read(), c.unchanged(), c.failed(), reads, unchanged);
        return c.cost();
    }

    private static void expect(List<String> oddities, String what, int read, int unchanged, int failed,
            int expectedReads, int expectedUnchanged) {
        if (read != expectedReads || unchanged != expectedUnchanged || failed != 0) {
            oddities.add(String.format(Locale.ROOT, "%s cycle: %d read, %d unchanged, %d failed (expected %d, %d, 0)",
                    what, read, unchanged, failed, expectedReads, expectedUnchanged));
        }
    }
}
