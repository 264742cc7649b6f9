package org.statustray.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Overlap;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.store.IncidentsJson;
import org.statustray.store.ReadOnlyHistory;
import org.statustray.store.StoreException;
import org.statustray.store.UncheckedStoreException;

/**
 * {@code history [--service ID] [--since DATE] [--json]}: the incidents kept in the data directory, read
 * without a write lock (so while the app writes) and printed as they are read. With {@code --overlaps}, the
 * spans when two or more services were not operational at once instead ({@link HistoryOverlaps}).
 */
final class HistoryCommand {
    /** The store exists but cannot be read (damaged, read-only, from a newer version). */
    static final int UNREADABLE = 3;

    private HistoryCommand() {
    }

    static int run(List<String> args, @Nullable Path dataDir, PrintStream out, PrintStream err) throws UsageException {
        String service = null;
        Instant since = null;
        boolean json = false;
        boolean overlaps = false;
        String[] a = args.toArray(new String[0]);
        for (int i = 0; i < a.length; i++) {
            String name = a[i].contains("=") ? a[i].substring(0, a[i].indexOf('=')) : a[i];
            switch (name) {
                case "--json": json = true; break;
                case "--overlaps": overlaps = true; break;
                case "--service": service = Args.value(a, i, a[i]); i += Args.consumed(a[i]); break;
                case "--since": since = since(Args.value(a, i, a[i])); i += Args.consumed(a[i]); break;
                default:
                    throw new UsageException("history: " + (a[i].startsWith("-") ? "unknown option " : "unexpected argument ") + a[i]);
            }
        }
        Path dir = dataDir != null ? dataDir : ConfigFile.defaultDataDir();
        if (!Files.exists(HistoryStore.file(dir))) {
            if (overlaps) {
                out.print(json ? "[]" + System.lineSeparator() : HistoryOverlaps.none(service, since));
                return 0;
            }
            out.print(json ? IncidentsJson.render(List.of()) + System.lineSeparator() : HistoryTable.none(service, since));
            return 0;
        }
        // Written as read, in little memory; buffered here, as out may write through at every line.
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try (ReadOnlyHistory history = ReadOnlyHistory.open(dir)) {
            if (overlaps) {
                List<Overlap> spans = HistoryOverlaps.read(history, service, since, Instant.now());
                if (json) {
                    HistoryOverlaps.writeJson(spans, buffered);
                } else {
                    HistoryOverlaps.writeTable(spans, service, since, buffered);
                }
            } else if (json) {
                try (IncidentsJson.Stream incidents = IncidentsJson.Stream.open(buffered)) {
                    history.eachIncident(service, since, true, (incident, updates) -> incidents.write(incident));
                }
                buffered.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
            } else {
                HistoryTable.write(history, service, since, buffered);
            }
        } catch (StoreException | UncheckedStoreException e) {
            flush(buffered);
            err.println("statustray: " + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // out is a PrintStream: it never throws
        }
        flush(buffered);
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

    private static void flush(BufferedOutputStream buffered) {
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
