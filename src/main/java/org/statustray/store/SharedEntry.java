package org.statustray.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Formats;

/**
 * One entry of a user catalogue file: the service it describes (as added by address), or {@code problem}, why
 * it cannot be imported. {@code label} names it for the user: its id, else its address, else its place.
 */
public record SharedEntry(String label, @Nullable ServiceConfig service, @Nullable String problem) {

    static SharedEntry bad(String label, String problem) {
        return new SharedEntry(label, null, problem);
    }

    static SharedEntry of(JsonNode e, int place) {
        String fallback = "entry " + place;
        if (!e.isObject()) {
            return bad(fallback, "not an object");
        }
        JsonNode idNode = e.get("id");
        String id = text(e, "id");
        String url = text(e, "url");
        String label = id != null ? id : url != null ? WebAddress.shown(url) : fallback;
        if (idNode != null && !idNode.isNull() && id == null) {
            return bad(fallback, "its id is not a word");
        }
        if (url == null) {
            return bad(label, "it has no url");
        }
        URI uri;
        try {
            uri = WebAddress.parse(url);
        } catch (IllegalArgumentException ex) {
            return bad(label, String.valueOf(ex.getMessage()));
        }
        String format = text(e, "format");
        if (format == null) {
            return bad(label, "it has no format");
        }
        if (format.equals(Formats.AUTO) || !Formats.names().contains(format)) {
            return bad(label, "unknown format '" + format + "' (one of " + String.join(", ", known()) + ")");
        }
        List<String> components = strings(e.get("components"));
        if (components == null) {
            return bad(label, "its components are not a list of names");
        }
        if (strings(e.get("aliases")) == null) {
            return bad(label, "its aliases are not a list of words");
        }
        ProbeSetting probe;
        try {
            probe = probe(e.get("probe"));
        } catch (IllegalArgumentException ex) {
            return bad(label, "its probe: " + ex.getMessage());
        }
        String name = text(e, "name");
        return new SharedEntry(label, new ServiceConfig(id != null ? id : ConfigRules.idFor(uri), name, uri.toString(),
                format, components, null, false, false, true, probe), null);
    }

    private static List<String> known() {
        return Formats.names().stream().filter(f -> !f.equals(Formats.AUTO)).toList();
    }

    private static ProbeSetting probe(@Nullable JsonNode v) {
        if (v == null || v.isNull()) {
            return ProbeSetting.CATALOGUE;
        }
        if (v.isBoolean() && !v.asBoolean()) {
            return ProbeSetting.OFF;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("it is neither an address nor false");
        }
        return new ProbeSetting.At(v.asText().strip());
    }

    /** The non-blank strings of a list, none for no list; null when it is not a list of strings. */
    private static @Nullable List<String> strings(@Nullable JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode c : v) {
            if (!c.isTextual()) {
                return null;
            }
            if (!c.asText().isBlank()) {
                out.add(c.asText().strip());
            }
        }
        return out;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
