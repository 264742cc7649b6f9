package org.statustray.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link SimulatedPages} server in a child JVM, and a client for its control routes. */
public final class SimulatedPagesProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final HttpClient control = HttpClient.newHttpClient();

    private SimulatedPagesProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static SimulatedPagesProcess start(Path fixtures, int pages, long latencyMs) throws IOException {
        Process p = new ProcessBuilder(BenchContext.java(), "-Xmx256m", "-XX:+UseSerialGC",
                // Keeps idle connections 2 minutes, as CDN fronts of status pages do, so 60 s polls reuse them.
                "-Dsun.net.httpserver.idleInterval=120", "-Dsun.net.httpserver.maxIdleConnections=5000",
                "-cp", System.getProperty("java.class.path"), SimulatedPages.class.getName(),
                fixtures.toString(), Integer.toString(pages), Long.toString(latencyMs))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("port ")) {
            p.destroyForcibly();
            throw new IOException("the simulated pages did not start: " + line);
        }
        return new SimulatedPagesProcess(p, Integer.parseInt(line.substring(5).trim()));
    }

    public int port() {
        return port;
    }

    public String url(int page) {
        return SimulatedPages.url(port, page);
    }

    public long pid() {
        return process.pid();
    }

    /** Gives about {@code fraction} of the pages a new version; returns how many. */
    public int bump(double fraction, long seed) throws IOException, InterruptedException {
        return Integer.parseInt(get("/_/bump?fraction=" + fraction + "&seed=" + seed));
    }

    public void set(int page, boolean degraded) throws IOException, InterruptedException {
        get("/_/set?page=" + page + "&state=" + (degraded ? "degraded" : "calm"));
    }

    /** {requests, ok, notModified, bodyBytes} as a JSON object. */
    public String stats() throws IOException, InterruptedException {
        return get("/_/stats");
    }

    /** Starts timing the answers to {@code page}. */
    public void track(int page) throws IOException, InterruptedException {
        get("/_/track?page=" + page);
    }

    /** One answer to a tracked page: when it was sent (System.nanoTime) and its status code. */
    public record Answer(long nanoTime, int status) {
    }

    /** Every answer sent to {@code page} since {@link #track}. */
    public List<Answer> served(int page) throws IOException, InterruptedException {
        String body = get("/_/served?page=" + page).trim();
        List<Answer> answers = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String t : body.split(",")) {
                String[] parts = t.trim().split(" ");
                answers.add(new Answer(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
            }
        }
        return answers;
    }

    private String get(String path) throws IOException, InterruptedException {
        return control.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
