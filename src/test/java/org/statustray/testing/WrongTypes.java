package org.statustray.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** A real JSON payload with every value of the wrong type: the shape of a page, none of its meaning. */
public final class WrongTypes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WrongTypes() {
    }

    /** Every string becomes a number (its length), every number and boolean a string, every array an object. */
    public static byte[] of(byte[] json) {
        try {
            return JSON.writeValueAsBytes(swap(JSON.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode swap(JsonNode n) {
        if (n.isTextual()) {
            return NODES.numberNode(n.textValue().length());
        }
        if (n.isNumber() || n.isBoolean()) {
            return NODES.textNode(n.asText());
        }
        if (n.isArray()) {
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < n.size(); i++) {
                o.set(Integer.toString(i), swap(n.get(i)));
            }
            return o;
        }
        if (n.isObject()) {
            ObjectNode o = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(e.getKey(), swap(e.getValue()));
            }
            return o;
        }
        return n;
    }
}
