package org.statustray.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.statustray.testing.RequestHead;

/**
 * One status page's server on its own loopback address, speaking HTTP/1.1 on raw sockets so that it can
 * misbehave in ways an {@code HttpServer} cannot (drip, reset, lie about lengths). Healthy, it serves
 * {@code page} at {@code path} and 404 elsewhere; given a {@link Fault}, it answers every request with it.
 */
final class FaultSite implements AutoCloseable {
    final String host;
    final String path;
    private final InetAddress address;
    private final String type;
    private final byte[] page;
    private final int port;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-site");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** {@link System#nanoTime} at each request's arrival. */
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private volatile Fault fault;
    private volatile ServerSocket listener;
    private volatile boolean closed;

    FaultSite(String host, InetAddress address, String path, String type, byte[] page) {
        this.host = host;
        this.address = address;
        this.path = path;
        this.type = type;
        this.page = page;
        listen(0);
        this.port = listener.getLocalPort();
    }

    String root() {
        return "http://" + host + ":" + port;
    }

    InetAddress address() {
        return address;
    }

    Fault fault() {
        return fault;
    }

    /** From now on every request gets {@code f}; null heals the site. A refused site stops listening. */
    synchronized void set(Fault f) {
        fault = f;
        if (f == Fault.REFUSED) {
            closeQuietly(listener);
        } else if (listener.isClosed()) {
            listen(port);
        }
        notifyAll(); // ends the hanging and dripping of the fault before
    }

    List<Long> arrivals() {
        return List.copyOf(arrivals);
    }

    private void listen(int onPort) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(address, onPort), 50);
            listener = s;
            connections.execute(() -> accept(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                open.add(client);
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                // closed: refused from now on, or the test is over
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            String requested = RequestHead.path(RequestHead.read(client.getInputStream()));
            if (requested == null) {
                return;
            }
            arrivals.add(System.nanoTime());
            Fault f = fault;
            OutputStream out = client.getOutputStream();
            if (f == null) {
                boolean mine = requested.equals(path) || requested.startsWith(path + "?");
                reply(out, mine ? 200 : 404, mine ? type : "text/html", mine ? page : "<html>Not found</html>".getBytes(StandardCharsets.US_ASCII));
            } else {
                new FaultReplies(this, client, out, page).reply(f);
            }
        } catch (IOException e) {
            // the client gave up or the fault ended the exchange
        } finally {
            open.remove(client);
        }
    }

    /** Waits until the fault changes, the site closes or {@code millis} pass; false once the fault is over. */
    synchronized boolean holdWhile(Fault f, long millis) {
        if (fault == f && !closed) {
            try {
                wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return fault == f && !closed;
    }

    static void reply(OutputStream out, int status, String type, byte[] body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\nContent-Type: ").append(type).append("\r\nContent-Length: ").append(body.length)
                .append("\r\nConnection: close\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 302 -> "Found";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        closeQuietly(listener);
        open.forEach(FaultSite::closeQuietly);
        connections.shutdownNow();
    }
}
