package org.statustray.testing;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * A raw-socket server on 127.0.0.1 that answers each connection by hand, on a thread of its own, and keeps what
 * the clients did: each request head, the bytes read and written, connections at once. For answers an
 * {@code HttpServer} cannot give (a reset, silence, a drip) and for counting bytes on the wire.
 */
public final class CountingServer implements AutoCloseable {
    /** What the server does with one connection once it has read the request head (null: the client sent none). */
    public interface Reply {
        void to(Socket client, String head, OutputStream out) throws IOException;
    }

    private final ServerSocket listener;
    private final String scheme;
    private final boolean readsHead;
    private final Reply reply;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger writeFailures = new AtomicInteger();

    private CountingServer(ServerSocket listener, String scheme, boolean readsHead, Reply reply) {
        this.listener = listener;
        this.scheme = scheme;
        this.readsHead = readsHead;
        this.reply = reply;
        Thread acceptor = new Thread(this::accept, "counting-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static CountingServer start(Reply reply) {
        return plain(true, reply);
    }

    /** Replies as soon as a client connects, without reading what it sends (the head is then null). */
    public static CountingServer speakingFirst(Reply reply) {
        return plain(false, reply);
    }

    private static CountingServer plain(boolean readsHead, Reply reply) {
        try {
            return new CountingServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), "http", readsHead, reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Over TLS with {@code context}'s key; a client that refuses the certificate never gets a request through. */
    public static CountingServer tls(SSLContext context, Reply reply) {
        try {
            return new CountingServer(context.getServerSocketFactory().createServerSocket(0, 50,
                    InetAddress.getLoopbackAddress()), "https", true, reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer with {@code status} and a short body, then the connection closes. */
    public static Reply status(int status) {
        return (client, head, out) -> out.write(("HTTP/1.1 " + status + " Status " + status
                + "\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                .getBytes(StandardCharsets.US_ASCII));
    }

    public URI uri(String path) {
        return URI.create(scheme + "://127.0.0.1:" + listener.getLocalPort() + path);
    }

    /** Blocks a reply until the server is closed: a connection held open and silent. */
    public void holdUntilClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<String> heads() {
        return List.copyOf(heads);
    }

    public long bytesRead() {
        return read.get();
    }

    public long bytesWritten() {
        return written.get();
    }

    public int connections() {
        return connections.get();
    }

    /** Replies whose writing failed: the client had closed the connection. */
    public int writeFailures() {
        return writeFailures.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                open.add(client);
                Thread t = new Thread(() -> serve(client), "counting-server-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                // closed by the test
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            String head = readsHead ? RequestHead.read(new Counted(client.getInputStream())) : null;
            if (head != null) {
                heads.add(head);
            }
            Counting out = new Counting(client.getOutputStream());
            try {
                reply.to(client, head, out);
                out.flush();
            } catch (IOException e) {
                writeFailures.incrementAndGet();
            }
        } catch (IOException e) {
            // the client left, or refused our certificate
        }
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }

    private final class Counting extends FilterOutputStream {
        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written.addAndGet(len);
        }
    }
}
