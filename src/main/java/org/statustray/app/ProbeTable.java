package org.statustray.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;

/** {@code probe}'s human output: a line per target; the times are milliseconds from the probe's start. */
final class ProbeTable {
    private static final String NL = System.lineSeparator();
    private static final String ROW = "%-{w}s  %-9s  %4s  %5s  %7s  %5s  %10s  %5s  %s";

    private ProbeTable() {
    }

    static String render(List<ProbeCommand.Target> targets, List<ProbeResult> results) {
        int width = 6;
        for (ProbeCommand.Target t : targets) {
            width = Math.max(width, Math.min(40, shown(t).length()));
        }
        String row = ROW.replace("{w}", String.valueOf(width));
        StringBuilder out = new StringBuilder();
        out.append(String.format(row, "TARGET", "REACHABLE", "HTTP", "DNS", "CONNECT", "TLS", "FIRST BYTE", "TOTAL", "ERROR")
                .stripTrailing()).append(NL);
        for (int i = 0; i < results.size(); i++) {
            ProbeResult r = results.get(i);
            ProbeTimes ms = r.ms();
            out.append(String.format(row, shown(targets.get(i)), r.reachable() ? "yes" : "no", orDash(r.http()),
                    orDash(ms.dns()), orDash(ms.connect()), orDash(ms.tls()), orDash(ms.firstByte()), ms.total(),
                    r.error() == null ? "" : Printable.text(r.error())).stripTrailing()).append(NL);
        }
        out.append("(times in ms from the start of each probe; - where a phase was not reached or not needed)").append(NL);
        return out.toString();
    }

    private static String shown(ProbeCommand.Target t) {
        return String.valueOf(Printable.address(t.typed()));
    }

    private static String orDash(@Nullable Object value) {
        return value == null ? "-" : value.toString();
    }
}
