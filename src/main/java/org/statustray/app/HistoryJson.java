package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.store.StoredIncident;

/** {@code history --json}: every stored incident, newest first, with all its updates oldest first. */
final class HistoryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HistoryJson() {
    }

    static String render(List<StoredIncident> incidents) {
        ArrayNode array = MAPPER.createArrayNode();
        for (StoredIncident s : incidents) {
            Incident i = s.incident();
            ObjectNode n = array.addObject();
            n.put("service", s.serviceId());
            n.put("id", i.id());
            n.put("title", i.title());
            n.put("status", i.status());
            n.put("impact", i.impact() == null ? null : i.impact().wireName());
            n.put("started", iso(i.started()));
            n.put("updated", iso(i.updated()));
            n.put("resolved", iso(i.resolved()));
            n.put("url", i.url());
            ArrayNode updates = n.putArray("updates");
            for (IncidentUpdate u : i.updates()) {
                ObjectNode un = updates.addObject();
                un.put("status", u.status());
                un.put("at", iso(u.at()));
                un.put("body", u.body());
            }
        }
        try {
            return MAPPER.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ISO-8601 UTC with {@code Z}; null stays null. */
    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
