package org.statustray.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one poll cycle cost this JVM: wall time, process CPU (every thread, GC and JIT included; the
 * simulated pages run in a child, so their CPU is not counted), bytes sent on the loopback interface, and
 * bytes allocated by the Java threads alive at its end (a thread that died meanwhile is not counted).
 *
 * <p>Process CPU counts threads that ended within the cycle too, which matters: with a one-thread common
 * pool (under 3 cores, unless {@code Main} sets two) the JDK runs each {@code HttpClient.sendAsync} completion
 * on a thread of its own. Linux reports it in 10 ms steps, a few per cent of a 100-page cycle. Threads that
 * ended within the cycle are missing from the allocation figure.
 */
final class PollCycleMeter {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One cycle's cost. {@code loBytes}: TX bytes of {@code lo}, which carries both directions. */
    record Cost(double wallSeconds, long cpuNanos, long loBytes, long allocatedBytes) {
    }

    /** The readings at the start of a cycle; allocation is keyed by thread id. */
    record Mark(long nanos, long cpu, long lo, Map<Long, Long> allocated) {
    }

    private PollCycleMeter() {
    }

    /** Readings in an order that leaves the cost of reading out of the cycle's figures. */
    static Mark mark() {
        long lo = loTxBytes();
        long cpu = OS.getProcessCpuTime();
        Map<Long, Long> allocated = allocated();
        return new Mark(System.nanoTime(), cpu, lo, allocated);
    }

    static Cost since(Mark m) {
        long nanos = System.nanoTime();
        Map<Long, Long> allocated = allocated();
        long cpu = OS.getProcessCpuTime();
        long lo = loTxBytes();
        long bytes = 0;
        for (Map.Entry<Long, Long> t : allocated.entrySet()) {
            bytes += t.getValue() - m.allocated().getOrDefault(t.getKey(), 0L);
        }
        return new Cost((nanos - m.nanos()) / 1e9, cpu - m.cpu(), lo - m.lo(), bytes);
    }

    private static Map<Long, Long> allocated() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /** TX bytes of the loopback interface from /proc/net/dev; -1 where there is none (not Linux). */
    static long loTxBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/net/dev"))) {
                String t = line.trim();
                if (t.startsWith("lo:")) {
                    String[] f = t.substring(3).trim().split("\\s+");
                    return Long.parseLong(f[8]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // reported as unknown
        }
        return -1;
    }
}
