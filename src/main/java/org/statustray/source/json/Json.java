package org.statustray.source.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.source.UnreadableException;
import org.statustray.source.time.Timestamps;

/**
 * Lenient access to JSON payloads: a field of the wrong type reads as absent rather than failing the
 * page, and a payload that is not JSON at all becomes one clear {@link UnreadableException}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper RAW_CONTROLS = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    private Json() {
    }

    public static JsonNode parse(byte[] body) throws UnreadableException {
        return parse(body, MAPPER);
    }

    /**
     * As {@link #parse(byte[])}, but a raw line break or tab inside a string is taken as itself: pages made
     * by text templates (cState) copy multi-line text into their JSON unescaped.
     */
    public static JsonNode parseTemplated(byte[] body) throws UnreadableException {
        return parse(body, RAW_CONTROLS);
    }

    private static JsonNode parse(byte[] body, ObjectMapper mapper) throws UnreadableException {
        int start = firstContentByte(body);
        if (start < 0) {
            throw new UnreadableException("the response is empty");
        }
        if (body[start] == '<') {
            throw new UnreadableException("the server sent an HTML or XML page, not JSON");
        }
        try {
            JsonNode root = mapper.readTree(body, start, body.length - start);
            if (root == null || root.isMissingNode()) {
                throw new UnreadableException("the response is empty");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new UnreadableException("the JSON is too deeply nested or too large to read");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new UnreadableException("the response is not valid JSON: " + problem(e.getOriginalMessage()) + where);
        } catch (IOException e) {
            throw new UnreadableException("the response could not be read: " + e.getMessage());
        }
    }

    /** Jackson's message without its source excerpts, in words a person can act on. */
    private static String problem(@Nullable String message) {
        String m = message == null ? "unexpected content" : message;
        if (m.contains("end-of-input")) {
            return "it ends early, as if cut off";
        }
        int cut = m.indexOf(" (start marker");
        m = cut > 0 ? m.substring(0, cut) : m;
        cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }

    /** Index of the first byte that is not white space or a UTF-8 byte-order mark, or -1. */
    private static int firstContentByte(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    /** The field as text when it is a string, number or boolean; null when absent, null, blank or structured. */
    public static @Nullable String text(@Nullable JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    public static boolean bool(@Nullable JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && (v.isBoolean() ? v.asBoolean() : "true".equalsIgnoreCase(v.asText()));
    }

    public static @Nullable Instant time(@Nullable JsonNode node, String field) {
        return Timestamps.parse(text(node, field));
    }

    /**
     * Refuses a response whose {@code fields}, where present and not null, are not lists: a page whose
     * incident or component list came as something else cannot be read as having none of them.
     */
    public static void requireLists(@Nullable JsonNode node, String what, String... fields) throws UnreadableException {
        for (String field : fields) {
            JsonNode v = node == null ? null : node.get(field);
            if (v != null && !v.isNull() && !v.isArray()) {
                throw new UnreadableException("not " + what + ": '" + field + "' is not a list");
            }
        }
    }

    /** The elements of an array field that are objects; empty when absent, null or not an array. */
    public static List<JsonNode> objects(@Nullable JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonNode e : v) {
                if (e.isObject()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The field when it is an object, else null. */
    public static @Nullable JsonNode object(@Nullable JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isObject() ? v : null;
    }

    public static boolean hasArray(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && (v.isArray() || v.isNull());
    }
}
