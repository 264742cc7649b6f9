package org.statustray.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 with an ephemeral port, one handler per path, for tests. */
public final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private LocalServer(HttpServer server) {
        this.server = server;
    }

    public static LocalServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LocalServer local = new LocalServer(s);
            s.setExecutor(local.executor);
            s.start();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code handler} at {@code path} (and below it), counting requests. */
    public LocalServer route(String path, HttpHandler handler) {
        AtomicInteger count = hits.computeIfAbsent(path, p -> new AtomicInteger());
        server.createContext(path, exchange -> {
            count.incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    public LocalServer json(String path, int status, String body) {
        return route(path, ex -> respond(ex, status, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    public LocalServer json(String path, int status, byte[] body) {
        return route(path, ex -> respond(ex, status, "application/json", body));
    }

    public static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        if (body.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** {@code http://127.0.0.1:PORT} with no trailing slash. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI uri(String path) {
        return URI.create(root() + path);
    }

    public int requests(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
