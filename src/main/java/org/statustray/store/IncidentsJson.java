package org.statustray.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.source.text.ControlEscapes;

/**
 * Stored incidents as JSON, the shape of {@code statustray history --json} and of the history window's
 * export: an array, each incident with its service id, every update and its {@code lead} (the seconds StatusTray
 * saw it before the status page, or null); times ISO-8601 UTC with {@code Z}.
 */
public final class IncidentsJson {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(ControlEscapes.INSTANCE);

    private IncidentsJson() {
    }

    /** Streams the array to {@code out} (pretty-printed, UTF-8), leaving {@code out} open. */
    public static void write(List<StoredIncident> incidents, OutputStream out) throws IOException {
        try (Stream json = Stream.open(out)) {
            for (StoredIncident s : incidents) {
                json.write(s);
            }
        }
    }

    /** The same array written one incident at a time, for a history too large to hold at once. */
    public static final class Stream implements Closeable {
        private final JsonGenerator g;

        private Stream(JsonGenerator g) {
            this.g = g;
        }

        /** Starts the array on {@code out}, which stays open. */
        public static Stream open(OutputStream out) throws IOException {
            // Through a writer: Jackson's byte generator would spell an emoji as two escaped surrogates once
            // escapes of our own are set
            JsonGenerator g = FACTORY.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            return new Stream(g);
        }

        public void write(StoredIncident s) throws IOException {
            incident(g, s);
        }

        /** Ends the array and flushes it to the stream. */
        @Override
        public void close() throws IOException {
            try (g) {
                g.writeEndArray();
            }
        }
    }

    public static String render(List<StoredIncident> incidents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(incidents, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void incident(JsonGenerator g, StoredIncident s) throws IOException {
        Incident i = s.incident();
        g.writeStartObject();
        g.writeStringField("service", s.serviceId());
        g.writeStringField("id", i.id());
        g.writeStringField("title", i.title());
        g.writeStringField("status", i.status());
        g.writeStringField("impact", i.impact() == null ? null : i.impact().wireName());
        g.writeStringField("started", iso(i.started()));
        g.writeStringField("updated", iso(i.updated()));
        g.writeStringField("resolved", iso(i.resolved()));
        g.writeStringField("url", WebAddress.link(i.url()).map(URI::toASCIIString).orElse(null)); // only a web page
        if (s.lead() == null) {
            g.writeNullField("lead");
        } else {
            g.writeNumberField("lead", s.lead().toSeconds()); // how far ahead of the page StatusTray saw it
        }
        g.writeArrayFieldStart("updates");
        for (IncidentUpdate u : i.updates()) {
            g.writeStartObject();
            g.writeStringField("status", u.status());
            g.writeStringField("at", iso(u.at()));
            g.writeStringField("body", u.body());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static @Nullable String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }
}
