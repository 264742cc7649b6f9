package org.statustray.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.statustray.app.Main;

/**
 * The JVM the poll cycles run in, started by {@link PollCycles} with the launcher's flags, so the engine is
 * measured as the app runs it (C1 only, serial GC, 96 MB, the common pool as {@code Main} sets it) and alone. It holds the app's engine
 * ({@link PollWatchDriver}) and the floor ({@link PollFloorClient}) side by side and runs one cycle of
 * either per command line on stdin ({@code app}, {@code floor}, {@code quit}), each client's cycles at
 * least 1 s apart, answering {@code cost WALL_S CPU_NS LO_BYTES ALLOC_BYTES READ UNCHANGED FAILED}.
 */
public final class PollChild {
    private PollChild() {
    }

    public static void main(String[] args) throws Exception {
        Main.tuneCommonPool(); // first, as the app's launcher does
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        Path scratch = Path.of(args[2]);
        try (PollWatchDriver app = new PollWatchDriver(scratch, port, n)) {
            PollFloorClient floor = new PollFloorClient(port, n);
            Spaced appCycles = new Spaced(app::cycle);
            Spaced floorCycles = new Spaced(floor::cycle);
            int[] first = app.awaitStart();
            System.out.printf(Locale.ROOT, "ready %d %d %d%n", first[0], first[1], first[2]);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                Spaced cycles = line.equals("app") ? appCycles : floorCycles;
                PollCycleMeter.Mark mark = cycles.awaitTurn();
                int[] counts = cycles.cycle.run();
                PollCycleMeter.Cost c = PollCycleMeter.since(mark);
                System.out.printf(Locale.ROOT, "cost %.6f %d %d %d %d %d %d%n", c.wallSeconds(), c.cpuNanos(), c.loBytes(),
                        c.allocatedBytes(), counts[0], counts[1], counts[2]);
                System.out.flush();
            }
        }
    }

    /** A client's cycles, each started at least 1 s after its previous one. */
    private static final class Spaced {
        final Cycle cycle;
        private long lastStart = System.nanoTime() - 1_000_000_000L;

        Spaced(Cycle cycle) {
            this.cycle = cycle;
        }

        /** Waits for the next start, collects earlier garbage (not this cycle's cost), and marks the start. */
        PollCycleMeter.Mark awaitTurn() throws InterruptedException {
            long wait = lastStart + 1_000_000_000L - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
            System.gc();
            lastStart = System.nanoTime();
            return PollCycleMeter.mark();
        }
    }

    @FunctionalInterface
    interface Cycle {
        int[] run() throws InterruptedException;
    }
}
