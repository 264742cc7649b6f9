package org.statustray.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.statustray.model.Overlap;
import org.statustray.source.text.ControlEscapes;

/**
 * Overlap spans as JSON, the shape of {@code statustray history --overlaps --json}: an array, newest first,
 * each {@code {"start", "end" (null while ongoing), "services": [ids], "incidents": [{"service", "id",
 * "title"}]}}; times ISO-8601 UTC with {@code Z}.
 */
public final class OverlapsJson {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(ControlEscapes.INSTANCE);

    private OverlapsJson() {
    }

    /** Writes the array to {@code out} (pretty-printed, UTF-8), leaving {@code out} open. */
    public static void write(List<Overlap> overlaps, OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (Overlap o : overlaps) {
            g.writeStartObject();
            g.writeStringField("start", o.start().toString());
            g.writeStringField("end", o.end() == null ? null : o.end().toString());
            g.writeArrayFieldStart("services");
            for (String id : o.services()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("incidents");
            for (Overlap.OverlapIncident i : o.incidents()) {
                g.writeStartObject();
                g.writeStringField("service", i.service());
                g.writeStringField("id", i.id());
                g.writeStringField("title", i.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.close();
    }
}
