package org.statustray.testing;

import java.io.IOException;
import java.io.InputStream;

/** Reads an HTTP/1.1 request's head off a raw socket, for the test servers that answer by hand. */
public final class RequestHead {
    private RequestHead() {
    }

    /** The head up to and including its blank line, or null when the client left before it ended. */
    public static String read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int matched = 0; // how much of "\r\n\r\n" the last bytes spell
        for (int b; matched < 4 && (b = in.read()) != -1; ) {
            head.append((char) b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return matched < 4 ? null : head.toString();
    }

    /** The path of the request line of {@code head} (as {@link #read} gives it), or null without one. */
    public static String path(String head) {
        String[] requestLine = head == null ? new String[0] : head.split(" ", 3);
        return requestLine.length < 3 ? null : requestLine[1];
    }
}
