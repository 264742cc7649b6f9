package org.statustray.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Overlap;
import org.statustray.store.OverlapSpans;
import org.statustray.store.OverlapsJson;
import org.statustray.store.ReadOnlyHistory;

/**
 * {@code history --overlaps}: the spans when two or more of the services the history holds were not
 * operational at once, newest first, as a table for people or the contract's JSON. With {@code --service},
 * only the spans that service was part of.
 */
final class HistoryOverlaps {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HistoryOverlaps() {
    }

    static List<Overlap> read(ReadOnlyHistory history, @Nullable String service, @Nullable Instant since, Instant now) {
        Instant from = since != null ? since : Instant.EPOCH;
        return OverlapSpans.read(history, history.knownServices(), from, now, now).stream()
                .filter(o -> service == null || o.services().contains(service))
                .toList();
    }

    static void writeJson(List<Overlap> overlaps, OutputStream out) throws IOException {
        OverlapsJson.write(overlaps, out);
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
    }

    /** A header, then per span a line and one indented line per incident of it. */
    static void writeTable(List<Overlap> overlaps, @Nullable String service, @Nullable Instant since,
            OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (overlaps.isEmpty()) {
            w.write(none(service, since));
            w.flush();
            return;
        }
        String row = "%-20s  %-20s  %-7s  %s" + System.lineSeparator();
        w.write(String.format(row, "STARTED", "ENDED", "LASTED", "SERVICES"));
        for (Overlap o : overlaps) {
            w.write(String.format(row, TIME.format(o.start()), o.end() == null ? "ongoing" : TIME.format(o.end()),
                    o.end() == null ? "-" : lasted(Duration.between(o.start(), o.end())),
                    String.join(", ", o.services())));
            for (Overlap.OverlapIncident i : o.incidents()) {
                w.write("  " + i.service() + ": " + Printable.text(i.title()) + System.lineSeparator());
            }
        }
        w.flush();
    }

    /** What is printed when no span matches. */
    static String none(@Nullable String service, @Nullable Instant since) {
        return "no two services were down at once" + (service == null ? "" : " with " + service)
                + (since == null ? "" : " since " + TIME.format(since)) + System.lineSeparator();
    }

    /** {@code 45m}, {@code 2h 05m}, {@code 3d 4h}. */
    static String lasted(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return String.format("%dh %02dm", minutes / 60, minutes % 60);
        }
        return String.format("%dd %dh", minutes / (24 * 60), minutes / 60 % 24);
    }
}
