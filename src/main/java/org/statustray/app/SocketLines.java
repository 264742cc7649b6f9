package org.statustray.app;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Short text lines over a socket channel, read under a deadline (a Unix-domain channel has no read timeout). */
final class SocketLines {
    static final int LIMIT = 300;

    private SocketLines() {
    }

    /** Writes {@code line} and a newline; a line this short fits the socket's buffer whole. */
    static void write(SocketChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** The next line, without its newline; fails past {@code within}, past {@link #LIMIT} bytes, or at the end. */
    static String read(SocketChannel channel, Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        ByteBuffer buffer = ByteBuffer.allocate(LIMIT);
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                for (int i = 0; i < buffer.position(); i++) {
                    if (buffer.get(i) == '\n') {
                        return new String(buffer.array(), 0, i, StandardCharsets.UTF_8);
                    }
                }
                long left = deadline - System.nanoTime();
                if (!buffer.hasRemaining() || left <= 0) {
                    throw buffer.hasRemaining() ? new SocketTimeoutException("no answer within " + within.toSeconds()
                            + " s") : new IOException("a line longer than " + LIMIT + " bytes");
                }
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                if (channel.read(buffer) < 0) {
                    throw new EOFException("the connection closed before a whole line came");
                }
            }
        }
    }
}
