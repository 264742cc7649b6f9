package org.statustray.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * N Statuspage pages on one port, each behind its own loopback address (127.1.x.y), so the poller sees
 * N hosts. Every answer waits {@code latencyMs}. Pages carry an ETag, so an unchanged page is a 304.
 * Run as a child process (its CPU is not the client's): prints {@code port N} and serves until killed.
 *
 * <p>Control routes: {@code /_/bump?fraction=F&seed=S} gives that share of pages a new version (their next
 * answer is a 200); {@code /_/set?page=I&state=calm|degraded}; {@code /_/stats}; {@code /_/track?page=I}
 * then {@code /_/served?page=I}: "nanoTime status" of each answer to that page since (System.nanoTime is
 * CLOCK_MONOTONIC on Linux, so comparable across processes).
 */
public final class SimulatedPages {
    private final byte[] calm;
    private final byte[] degraded;
    private final int pages;
    private final long latencyMs;
    private final AtomicLongArray versions;
    private final boolean[] isDegraded;
    /** Pages whose answers are timed (see /_/track), each with "nanoTime status" of every answer. */
    private final Map<Integer, List<String>> served = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong bodyBytes = new AtomicLong();

    SimulatedPages(byte[] calm, byte[] degraded, int pages, long latencyMs) {
        this.calm = calm;
        this.degraded = degraded;
        this.pages = pages;
        this.latencyMs = latencyMs;
        this.versions = new AtomicLongArray(pages);
        this.isDegraded = new boolean[pages];
    }

    /** The page root of page {@code i} (the statuspage reader adds /api/v2/summary.json). */
    public static String url(int port, int i) {
        return "http://127.1." + (i / 250) + "." + (1 + i % 250) + ":" + port + "/p/" + i;
    }

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        long latency = Long.parseLong(args[2]);
        SimulatedPages site = new SimulatedPages(
                Files.readAllBytes(fixtures.resolve("statuspage/summary-githubstatus-2019-05-10.json")),
                Files.readAllBytes(fixtures.resolve("statuspage/summary-githubstatus-2022-11-25-packages-incident.json")),
                pages, latency);
        // Every loopback address, so 127.1.x.y all land here; nothing beyond this machine can reach it.
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(128));
        server.createContext("/p/", site::page);
        server.createContext("/_/", site::control);
        server.start();
        System.out.println("port " + server.getAddress().getPort());
        System.out.flush();
    }

    private void page(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            if (!ex.getLocalAddress().getAddress().isLoopbackAddress()) {
                ex.sendResponseHeaders(403, -1);
                return;
            }
            sleep(latencyMs);
            String[] parts = ex.getRequestURI().getPath().split("/");
            int i = Integer.parseInt(parts[2]);
            if (!ex.getRequestURI().getPath().endsWith("/api/v2/summary.json")) {
                ex.sendResponseHeaders(404, -1); // incidents.json and the like: these pages only have a summary
                return;
            }
            String etag;
            byte[] body;
            synchronized (this) {
                etag = "\"" + i + "-" + versions.get(i) + (isDegraded[i] ? "d" : "c") + "\"";
                body = isDegraded[i] ? degraded : calm;
            }
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                track(i, 304);
                return;
            }
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            ok.incrementAndGet();
            bodyBytes.addAndGet(body.length);
            track(i, 200);
        } catch (RuntimeException e) {
            ex.sendResponseHeaders(400, -1);
        }
    }

    private void track(int page, int status) {
        List<String> times = served.get(page);
        if (times != null) {
            times.add(System.nanoTime() + " " + status);
        }
    }

    private void control(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            String answer = "ok";
            switch (path) {
                case "/_/bump": {
                    double fraction = Double.parseDouble(q.getOrDefault("fraction", "1"));
                    Random random = new Random(Long.parseLong(q.getOrDefault("seed", "1")));
                    int bumped = 0;
                    for (int i = 0; i < pages; i++) {
                        if (random.nextDouble() < fraction) {
                            versions.incrementAndGet(i);
                            bumped++;
                        }
                    }
                    answer = Integer.toString(bumped);
                    break;
                }
                case "/_/set": {
                    int i = Integer.parseInt(q.get("page"));
                    synchronized (this) {
                        isDegraded[i] = "degraded".equals(q.get("state"));
                        versions.incrementAndGet(i);
                    }
                    break;
                }
                case "/_/stats":
                    answer = "{\"requests\":" + requests.get() + ",\"ok\":" + ok.get() + ",\"notModified\":"
                            + notModified.get() + ",\"bodyBytes\":" + bodyBytes.get() + "}";
                    break;
                case "/_/track":
                    served.putIfAbsent(Integer.parseInt(q.get("page")), new java.util.concurrent.CopyOnWriteArrayList<>());
                    break;
                case "/_/served":
                    answer = String.join(",", served.getOrDefault(Integer.parseInt(q.get("page")), List.of()));
                    break;
                default:
                    ex.sendResponseHeaders(404, -1);
                    return;
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return q;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
