package org.statustray.ui.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.store.IncidentsJson;
import org.statustray.store.StoredIncident;
import org.statustray.ui.SafeText;
import org.statustray.ui.Words;

/**
 * The history window's rows written out: CSV (RFC 4180: comma separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled; no field read as a formula) or JSON in the shape of
 * {@code statustray history --json}. Times are ISO-8601 UTC with {@code Z}. A file is written beside its
 * destination and moved over it when complete, so a failure never leaves half a file under the chosen name.
 */
final class HistoryExport {
    static final List<String> CSV_HEADER = List.of("service_id", "service", "title", "impact", "status", "started",
            "resolved", "duration_minutes", "url", "updates", "latest_update");

    enum Format { CSV, JSON }

    /** What the window says after an export: one line, and whether it failed. */
    record Outcome(String message, boolean failed) {
    }

    private HistoryExport() {
    }

    /** Writes the rows; never throws: a failure is the outcome's message. */
    static Outcome write(Format format, List<HistoryRow> rows, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (format == Format.CSV) {
                csv(rows, file);
            } else {
                json(rows, file);
            }
            return new Outcome("Exported " + HistoryModel.count(rows.size(), "incident") + " to " + name, false);
        } catch (IOException e) {
            return new Outcome("Could not export to " + name + ": " + reason(e), true);
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Outcome("Could not export to " + name + ": " + m, true);
        }
    }

    static void csv(List<HistoryRow> rows, Path file) throws IOException {
        writeAtomically(file, out -> {
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                line(w, CSV_HEADER);
                for (HistoryRow r : rows) {
                    Incident i = r.incident();
                    IncidentUpdate latest = i.latestUpdate();
                    line(w, List.of(r.serviceId(), r.serviceName(), text(i.title()), Words.impact(i.impact()),
                            text(i.status()), iso(i.started()), iso(i.resolved()),
                            r.duration() == null ? "" : Long.toString(r.duration().toMinutes()), text(i.url()),
                            Integer.toString(i.updates().size()),
                            latest == null ? "" : SafeText.plainText(latest.body())));
                }
            }
        });
    }

    static void json(List<HistoryRow> rows, Path file) throws IOException {
        List<StoredIncident> incidents = rows.stream().map(r -> new StoredIncident(r.serviceId(), r.incident(), r.lead())).toList();
        writeAtomically(file, out -> {
            IncidentsJson.write(incidents, out);
            out.write('\n');
        });
    }

    /** A failure as a few words a person can act on. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int n = 0; n < fields.size(); n++) {
            if (n > 0) {
                w.write(',');
            }
            w.write(quoted(fields.get(n)));
        }
        w.write("\r\n");
    }

    /**
     * A field as RFC 4180 writes it. Text from a status page that a spreadsheet would take for a formula
     * ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading apostrophe, so opening the export
     * never runs anything.
     */
    static String quoted(String raw) {
        String field = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String iso(@Nullable Instant t) {
        return t == null ? "" : t.toString();
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
