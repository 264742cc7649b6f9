package org.statustray.fetch;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;

/** The status code in the first bytes of an answer, as they arrive; anything that is not HTTP is said at once. */
final class ProbeStatusLine {
    private static final byte[] HTTP = "HTTP/".getBytes(StandardCharsets.US_ASCII);

    private ProbeStatusLine() {
    }

    /**
     * The code of the status line in {@code answer[0..length)}, or null while the line has not ended.
     *
     * @throws ProbeTrouble ({@link ProbeFailure#OTHER}) as soon as the bytes cannot be an HTTP status line
     */
    static @Nullable Integer code(byte[] answer, int length, String from) throws ProbeTrouble {
        for (int i = 0; i < Math.min(length, HTTP.length); i++) {
            if (answer[i] != HTTP[i]) {
                throw notHttp(from);
            }
        }
        int end = 0;
        while (end < length && answer[end] != '\n') {
            end++;
        }
        if (end == length) {
            return null;
        }
        String[] parts = new String(answer, 0, end, StandardCharsets.US_ASCII).strip().split(" ", 3);
        if (parts.length < 2 || !parts[1].matches("[1-5]\\d\\d")) {
            throw notHttp(from);
        }
        return Integer.parseInt(parts[1]);
    }

    static ProbeTrouble notHttp(String from) {
        return new ProbeTrouble(ProbeFailure.OTHER, "not an HTTP answer from " + from);
    }
}
