package org.statustray.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Snapshot;

/**
 * JSON for what the store keeps as text: snapshots (the model records as they are, Instants as ISO text)
 * and lists of component ids. Convenience methods such as {@code Incident.isActive()} are not
 * properties, so they are not written; fields the model no longer has are ignored on reading.
 */
final class StoreJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private StoreJson() {
    }

    static String snapshot(Snapshot s) {
        return write(s);
    }

    /** Empty when the text is not a snapshot this version can read (a store from another version). */
    static Optional<Snapshot> snapshot(String json) {
        try {
            return Optional.of(MAPPER.readValue(json, Snapshot.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String strings(List<String> values) {
        return write(values);
    }

    static List<String> strings(@Nullable String json) {
        List<String> plain = plainStrings(json);
        if (plain != null) {
            return plain;
        }
        try {
            List<String> values = json == null ? null : MAPPER.readValue(json, STRINGS);
            return values == null ? List.of() : values;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /**
     * The array as this class writes it when no string holds a quote, a backslash or a control character:
     * {@code ["a","b"]}, read without Jackson (a history of thousands of incidents holds thousands of
     * these); null for anything else.
     */
    static @Nullable List<String> plainStrings(@Nullable String json) {
        if (json == null || json.length() < 2 || json.charAt(0) != '[' || json.charAt(json.length() - 1) != ']') {
            return null;
        }
        int end = json.length() - 1;
        if (end == 1) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        int i = 1;
        while (true) {
            if (json.charAt(i) != '"') {
                return null;
            }
            int close = i + 1;
            while (close < end && json.charAt(close) != '"') {
                char c = json.charAt(close);
                if (c == '\\' || c < 0x20) {
                    return null;
                }
                close++;
            }
            if (close >= end) {
                return null;
            }
            out.add(json.substring(i + 1, close));
            if (close + 1 == end) {
                return List.copyOf(out);
            }
            if (json.charAt(close + 1) != ',') {
                return null;
            }
            i = close + 2;
            if (i >= end) {
                return null;
            }
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
