package org.statustray.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.ProbeResult;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.model.Verdict;

/**
 * {@code check}'s human output: a line per page, then only what needs attention under it (components
 * that are not operational, active incidents, maintenances), so a long page still reads at a glance.
 */
final class CheckTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String NL = System.lineSeparator();

    private CheckTable() {
    }

    static String render(List<CheckOutcome> outcomes) {
        int width = 12;
        for (CheckOutcome o : outcomes) {
            width = Math.max(width, Math.min(40, title(o).length()));
        }
        StringBuilder out = new StringBuilder();
        for (CheckOutcome o : outcomes) {
            Snapshot s = o.snapshot();
            String detail = Printable.text(s == null ? o.error() : s.description());
            if (o.failure() != null) { // the status stays the contract's word; which of the two it is comes first
                detail = o.failure().word() + " — " + detail;
            }
            out.append(String.format("%-" + width + "s  %-14s  %s", title(o), o.status().wireName(), detail)).append(NL);
            if (s != null) {
                details(s, out);
            }
            Verdict verdict = o.verdict();
            if (verdict != null) { // asked for with --probe
                out.append("  from here: ").append(verdict.words()).append(probe(o.probe())).append(NL);
            }
        }
        return out.toString();
    }

    private static String probe(@Nullable ProbeResult r) {
        if (r == null) {
            return "";
        }
        String answer = r.http() != null ? "HTTP " + r.http() + " in " + r.ms().total() + " ms" : Printable.text(r.error());
        return " (" + answer + ")";
    }

    private static String title(CheckOutcome o) {
        Snapshot s = o.snapshot();
        return String.valueOf(s == null ? Printable.address(o.url()) : Printable.text(s.service()));
    }

    private static void details(Snapshot s, StringBuilder out) {
        int fine = 0;
        for (Component c : s.components()) {
            if (c.status() == Status.OPERATIONAL) {
                fine++;
            } else {
                out.append(String.format("  %-36s  %s", Printable.text(c.displayName()), c.status().wireName())).append(NL);
            }
        }
        if (fine > 0) {
            boolean all = fine == s.components().size();
            out.append("  ").append(all ? "all " : "").append(fine).append(all ? "" : " other")
                    .append(fine == 1 ? " component" : " components").append(" operational").append(NL);
        }
        for (Incident i : s.incidents()) {
            out.append("  incident: ").append(Printable.text(i.title())).append(NL);
            out.append("    ").append(Printable.text(i.status()));
            if (i.impact() != null) {
                out.append(", impact ").append(i.impact().wireName());
            }
            if (i.started() != null) {
                out.append(", since ").append(TIME.format(i.started()));
            }
            out.append(", ").append(i.updates().size()).append(i.updates().size() == 1 ? " update" : " updates").append(NL);
            String link = Printable.link(i.url());
            if (link != null) {
                out.append("    ").append(link).append(NL);
            }
        }
        for (Maintenance m : s.maintenances()) {
            out.append("  maintenance: ").append(Printable.text(m.title())).append(" (")
                    .append(Printable.text(m.status().replace('_', ' ')))
                    .append(when(m.starts(), m.ends())).append(')').append(NL);
        }
    }

    private static String when(@Nullable Instant starts, @Nullable Instant ends) {
        if (starts == null) {
            return "";
        }
        return ", " + TIME.format(starts) + (ends == null ? "" : " to " + TIME.format(ends));
    }
}
