package org.statustray.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.statustray.testing.RequestHead;

/**
 * A bare TCP server for misbehaviour an {@code HttpServer} cannot produce: it reads each request's
 * head, writes a canned reply verbatim and closes the connection.
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread acceptor;

    private RawServer(byte[] reply) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> serve(reply), "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RawServer replying(String reply) {
        try {
            return new RawServer(reply.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    private void serve(byte[] reply) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                RequestHead.read(client.getInputStream());
                client.getOutputStream().write(reply);
                client.getOutputStream().flush();
            } catch (IOException e) {
                // closed by the test, or the client gave up: nothing to do
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
