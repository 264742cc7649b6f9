package org.statustray.source.json;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns a UTF-16 body into UTF-8 so that {@link Json#parse} reads it like any other. AWS's dashboard
 * sends its JSON as UTF-16 with a byte-order mark; a body without one is recognised by its zero bytes,
 * as JSON text starts with an ASCII character.
 */
public final class Utf16Bodies {
    private Utf16Bodies() {
    }

    /** The body re-encoded as UTF-8 when it is UTF-16; otherwise the body itself, untouched. */
    public static byte[] toUtf8(byte[] body) {
        if (body.length < 2) {
            return body;
        }
        int first = body[0] & 0xFF;
        int second = body[1] & 0xFF;
        if (first == 0xFF && second == 0xFE) {
            return recode(body, 2, StandardCharsets.UTF_16LE);
        }
        if (first == 0xFE && second == 0xFF) {
            return recode(body, 2, StandardCharsets.UTF_16BE);
        }
        if (first == 0 && second != 0) {
            return recode(body, 0, StandardCharsets.UTF_16BE);
        }
        if (first != 0 && second == 0) {
            return recode(body, 0, StandardCharsets.UTF_16LE);
        }
        return body;
    }

    /** Malformed sequences (an odd trailing byte) become U+FFFD, which the JSON parser then reports. */
    private static byte[] recode(byte[] body, int offset, Charset charset) {
        return new String(body, offset, body.length - offset, charset).getBytes(StandardCharsets.UTF_8);
    }
}
