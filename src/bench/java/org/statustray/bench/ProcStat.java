package org.statustray.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Linux process's resident memory and CPU time, from /proc. */
record ProcStat(long rssKb, double cpuSeconds, double childrenCpuSeconds) {
    /** Clock ticks per second of /proc/PID/stat; 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final double TICKS = 100.0;

    static ProcStat of(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        double children = (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS; // cutime, cstime: ended children
        long rss = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        return new ProcStat(rss, cpu, children);
    }

    double rssMb() {
        return rssKb / 1024.0;
    }
}
