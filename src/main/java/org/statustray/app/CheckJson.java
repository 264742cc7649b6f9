package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.ProbeResult;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.model.Verdict;

/** {@code check --json}: the contract's array, one object per URL in argument order. */
final class CheckJson {
    private static final ObjectMapper MAPPER = Printable.mapper(true);

    private CheckJson() {
    }

    static String render(List<CheckOutcome> outcomes) {
        ArrayNode array = MAPPER.createArrayNode();
        outcomes.forEach(o -> array.add(object(o)));
        try {
            return MAPPER.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode object(CheckOutcome o) {
        ObjectNode n = MAPPER.createObjectNode();
        Snapshot s = o.snapshot();
        n.put("url", WebAddress.withoutCredentials(o.url()));
        n.put("name", s == null ? null : s.service());
        n.put("format", o.format());
        n.put("status", o.status().wireName());
        n.put("description", s == null ? Status.UNKNOWN.label() : s.description());
        n.put("checked", s == null ? null : iso(s.fetchedAt().truncatedTo(ChronoUnit.MILLIS)));
        ArrayNode components = n.putArray("components");
        ArrayNode incidents = n.putArray("incidents");
        ArrayNode maintenances = n.putArray("maintenances");
        if (s != null) {
            s.components().forEach(c -> components.add(component(c)));
            s.incidents().forEach(i -> incidents.add(incident(i)));
            s.maintenances().forEach(m -> maintenances.add(maintenance(m)));
        }
        n.put("error", o.error());
        n.put("failure", o.failure() == null ? null : o.failure().wireName());
        if (o.warning() != null) {
            n.put("warning", o.warning());
        }
        Verdict verdict = o.verdict();
        if (verdict != null) { // asked for with --probe
            ProbeResult probe = o.probe();
            n.put("verdict", verdict.wireName());
            n.set("probe", probe == null ? null : ProbeJson.object(o.url(), probe));
        }
        return n;
    }

    private static ObjectNode component(Component c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("group", c.group());
        n.put("status", c.status().wireName());
        return n;
    }

    private static ObjectNode incident(Incident i) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", i.id());
        n.put("title", i.title());
        n.put("status", i.status());
        n.put("impact", i.impact() == null ? null : i.impact().wireName());
        n.put("started", iso(i.started()));
        n.put("updated", iso(i.updated()));
        n.put("url", Printable.link(i.url()));
        n.put("updates", i.updates().size());
        return n;
    }

    private static ObjectNode maintenance(Maintenance m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("title", m.title());
        n.put("status", m.status());
        n.put("starts", iso(m.starts()));
        n.put("ends", iso(m.ends()));
        n.put("url", Printable.link(m.url()));
        return n;
    }

    /** ISO-8601 UTC with {@code Z}; null stays null. */
    private static @Nullable String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }
}
