package org.statustray.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.store.ReadOnlyHistory;

/** {@code history}'s table: a header, then one line per incident, newest first, written as each is read. */
final class HistoryTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HistoryTable() {
    }

    /** Writes the table of the matching incidents to {@code out} (UTF-8), which stays open. */
    static void write(ReadOnlyHistory history, @Nullable String service, @Nullable Instant since, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> services = history.incidentServices(service, since);
        if (services.isEmpty()) {
            w.write(none(service, since));
            w.flush();
            return;
        }
        int width = "SERVICE".length();
        for (String id : services) {
            width = Math.max(width, id.length());
        }
        String row = "%-" + width + "s  %-20s  %-20s  %-8s  %-13s  %7s  %s" + System.lineSeparator();
        w.write(String.format(row, "SERVICE", "STARTED", "RESOLVED", "IMPACT", "STATUS", "UPDATES", "TITLE"));
        history.eachIncident(service, since, false, (s, updates) -> {
            Incident i = s.incident();
            w.write(String.format(row, s.serviceId(), time(i.started()), i.resolved() != null ? time(i.resolved())
                    : i.isActive() ? "ongoing" : "-", i.impact() == null ? "-" : i.impact().wireName(),
                    i.status() == null ? "-" : Printable.text(i.status()), updates,
                    i.title() == null ? "" : Printable.text(i.title())));
        });
        w.flush();
    }

    /** What is printed when no incident matches. */
    static String none(@Nullable String service, @Nullable Instant since) {
        return "no incidents stored" + (service == null ? "" : " for " + service)
                + (since == null ? "" : " since " + TIME.format(since)) + System.lineSeparator();
    }

    private static String time(@Nullable Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
