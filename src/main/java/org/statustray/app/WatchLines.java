package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.PageResult;
import org.statustray.model.Notice;
import org.statustray.model.PageTrouble;
import org.statustray.model.ProbeResult;
import org.statustray.model.Status;
import org.statustray.watch.PollResult;
import org.statustray.watch.ProbeReport;

/**
 * What {@code watch} prints: one JSON object per line, {@code kind} first ({@code notification},
 * {@code transition}, {@code polled}, {@code probe}); times are ISO-8601 UTC, statuses their wire names.
 */
final class WatchLines {
    private static final ObjectMapper MAPPER = Printable.mapper(false);
    private final PrintStream out;

    WatchLines(PrintStream out) {
        this.out = out;
    }

    /** A notification the tray app would show, with no other service in trouble. */
    void notice(Notice n) {
        notice(n, List.of());
    }

    /**
     * A notification the tray app would show: what it stems from ({@code page}, {@code probe} or
     * {@code network}), and the other watched services not operational as it was told.
     */
    void notice(Notice n, List<String> concurrent) {
        ObjectNode line = line("notification");
        line.put("service", n.serviceId());
        line.put("title", n.summary());
        line.put("body", n.body());
        line.put("status", wire(n.status()));
        line.put("urgency", n.urgency() == null ? null : n.urgency().name().toLowerCase(Locale.ROOT));
        line.put("url", Printable.link(n.url()));
        line.put("at", iso(n.at()));
        line.put("cause", n.cause().name().toLowerCase(Locale.ROOT));
        ArrayNode others = line.putArray("concurrent");
        concurrent.forEach(others::add);
        if (n.trouble() != null) { // a page that cannot be read: which of the two
            line.put("failure", n.trouble().wireName());
        }
        print(line);
    }

    /** One probe of a service's own address, with the phases it reached (in ms, null where not reached). */
    void probe(ProbeReport report) {
        ProbeResult r = report.result();
        ObjectNode line = line("probe");
        line.put("service", report.service().id());
        line.put("reachable", r.reachable());
        line.put("http", r.http());
        ObjectNode ms = line.putObject("ms");
        ms.put("dns", r.ms().dns());
        ms.put("connect", r.ms().connect());
        ms.put("tls", r.ms().tls());
        ms.put("firstByte", r.ms().firstByte());
        ms.put("total", r.ms().total());
        line.put("at", iso(r.at()));
        print(line);
    }

    /** The service's own status moved ({@code from} null: first seen). */
    void transition(String serviceId, @Nullable Status from, Status to, Instant at) {
        transition(serviceId, from, to, at, null);
    }

    /** The same, with {@code failure} (unreachable or unreadable) on a move to unknown, when known. */
    void transition(String serviceId, @Nullable Status from, Status to, Instant at, @Nullable PageTrouble failure) {
        ObjectNode line = line("transition");
        line.put("service", serviceId);
        line.put("from", wire(from));
        line.put("to", wire(to));
        line.put("at", iso(at));
        if (to == Status.UNKNOWN && failure != null) {
            line.put("failure", failure.wireName());
        }
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
        if (result instanceof PageResult.Failed failed) {
            line.put("error", failed.reason());
            line.put("failure", failed.trouble().wireName());
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
