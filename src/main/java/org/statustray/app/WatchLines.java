package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.PageResult;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.watch.PollResult;

/**
 * What {@code watch} prints: one JSON object per line, {@code kind} first ({@code notification},
 * {@code transition}, {@code polled}); times are ISO-8601 UTC, statuses their wire names.
 */
final class WatchLines {
    private static final ObjectMapper MAPPER = Printable.mapper(false);
    private final PrintStream out;

    WatchLines(PrintStream out) {
        this.out = out;
    }

    /** A notification the tray app would show. */
    void notice(Notice n) {
        ObjectNode line = line("notification");
        line.put("service", n.serviceId());
        line.put("title", n.summary());
        line.put("body", n.body());
        line.put("status", wire(n.status()));
        line.put("urgency", n.urgency() == null ? null : n.urgency().name().toLowerCase(Locale.ROOT));
        line.put("url", Printable.link(n.url()));
        line.put("at", iso(n.at()));
        print(line);
    }

    /** The service's own status moved ({@code from} null: first seen). */
    void transition(String serviceId, @Nullable Status from, Status to, Instant at) {
        ObjectNode line = line("transition");
        line.put("service", serviceId);
        line.put("from", wire(from));
        line.put("to", wire(to));
        line.put("at", iso(at));
        print(line);
    }

    /** One poll handled: what it gave and the status shown since. */
    void polled(PollResult r, Status shown) {
        ObjectNode line = line("polled");
        line.put("service", r.service().id());
        PageResult result = r.result();
        line.put("result", result instanceof PageResult.Read ? "read" : result instanceof PageResult.Unchanged
                ? "unchanged" : "failed");
        line.put("status", wire(shown));
        if (result instanceof PageResult.Failed) {
            line.put("error", ((PageResult.Failed) result).reason());
        }
        line.put("at", iso(r.wallTime()));
        print(line);
    }

    private static ObjectNode line(String kind) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("kind", kind);
        return line;
    }

    private void print(ObjectNode line) {
        String text;
        try {
            text = MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.println(text); // one println per line: lines from two threads never interleave
    }

    private static @Nullable String wire(@Nullable Status s) {
        return s == null ? null : s.wireName();
    }

    private static @Nullable String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }
}
