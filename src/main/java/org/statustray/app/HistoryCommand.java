package org.statustray.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.statustray.model.Incident;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.store.IncidentsJson;
import org.statustray.store.StoreException;
import org.statustray.store.StoredIncident;
import org.statustray.store.UncheckedStoreException;

/** {@code history [--service ID] [--since DATE] [--json]}: the incidents kept in the data directory. */
final class HistoryCommand {
    /** The store exists but cannot be read (damaged, read-only, from a newer version). */
    static final int UNREADABLE = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HistoryCommand() {
    }

    static int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) throws UsageException {
        String service = null;
        Instant since = null;
        boolean json = false;
        String[] a = args.toArray(new String[0]);
        for (int i = 0; i < a.length; i++) {
            String name = a[i].contains("=") ? a[i].substring(0, a[i].indexOf('=')) : a[i];
            switch (name) {
                case "--json": json = true; break;
                case "--service": service = Args.value(a, i, a[i]); i += Args.consumed(a[i]); break;
                case "--since": since = since(Args.value(a, i, a[i])); i += Args.consumed(a[i]); break;
                default:
                    throw new UsageException("history: " + (a[i].startsWith("-") ? "unknown option " : "unexpected argument ") + a[i]);
            }
        }
        Path dir = dataDir != null ? dataDir : ConfigFile.defaultDataDir();
        List<StoredIncident> incidents = List.of();
        if (Files.exists(HistoryStore.file(dir))) {
            try (HistoryStore store = HistoryStore.open(dir)) {
                incidents = store.incidents(service, since);
            } catch (StoreException | UncheckedStoreException e) {
                err.println("statustray: " + e.getMessage());
                return UNREADABLE;
            }
        }
        out.print(json ? IncidentsJson.render(incidents) + System.lineSeparator() : table(incidents, service, since));
        return 0;
    }

    /** {@code YYYY-MM-DD} (the start of that day, UTC) or an ISO instant, with {@code Z} or an offset. */
    static Instant since(String text) throws UsageException {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return t.endsWith("Z") || t.endsWith("z") ? Instant.parse(t.toUpperCase(java.util.Locale.ROOT))
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("history: --since takes a date (2026-10-07) or an ISO instant"
                    + " (2026-10-07T10:00:00Z), not '" + text + "'");
        }
    }

    private static String table(List<StoredIncident> incidents, String service, Instant since) {
        String nl = System.lineSeparator();
        if (incidents.isEmpty()) {
            return "no incidents stored" + (service == null ? "" : " for " + service)
                    + (since == null ? "" : " since " + TIME.format(since)) + nl;
        }
        int width = "SERVICE".length();
        for (StoredIncident s : incidents) {
            width = Math.max(width, s.serviceId().length());
        }
        String row = "%-" + width + "s  %-20s  %-20s  %-8s  %-13s  %7s  %s" + nl;
        StringBuilder b = new StringBuilder(String.format(row, "SERVICE", "STARTED", "RESOLVED", "IMPACT", "STATUS",
                "UPDATES", "TITLE"));
        for (StoredIncident s : incidents) {
            Incident i = s.incident();
            b.append(String.format(row, s.serviceId(), time(i.started()), i.resolved() != null ? time(i.resolved())
                    : i.isActive() ? "ongoing" : "-", i.impact() == null ? "-" : i.impact().wireName(),
                    i.status() == null ? "-" : Printable.text(i.status()), i.updates().size(),
                    i.title() == null ? "" : Printable.text(i.title())));
        }
        return b.toString();
    }

    private static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
