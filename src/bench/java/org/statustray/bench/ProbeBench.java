package org.statustray.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.statustray.fetch.Prober;
import org.statustray.model.ProbeResult;
import org.statustray.testing.CountingServer;

/**
 * One probe ({@link Prober}: its own socket, each phase timed, the status line read) against the floor, a bare
 * {@code java.net.http} GET of the same local address with the same client reused, in turn, in rounds of
 * {@link #N}: the CPU time of the client's threads per request (the local server's threads left out), and the
 * bytes on the wire per request as the server counts them (request read plus answer written). The server answers
 * 401 with a short body and closes, as an API's address answers a request without a key.
 */
public final class ProbeBench implements BenchPart {
    static final String GROUP = "Probe (one request to a local address that answers 401)";
    static final String FLOOR = "bare HttpClient GET";
    static final int N = 200;
    static final int ROUNDS = 5;

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void run(BenchContext context, Report report) throws Exception {
        measure().forEach(report::add);
    }

    public static void main(String[] args) throws Exception {
        for (Figure f : measure()) {
            System.out.printf(Locale.ROOT, "%s: median %s %s (min %s, max %s); floor %s: %s; ratio %.2f%n", f.name(),
                    Report.num(f.median()), f.unit(), Report.num(f.min()), Report.num(f.max()), f.floorName(),
                    Report.num(Figure.median(f.floorSamples())), f.ratio());
        }
    }

    static List<Figure> measure() throws Exception {
        ExecutorService clientThreads = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().executor(clientThreads).build();
        Prober prober = new Prober(Duration.ofSeconds(10));
        try (CountingServer server = CountingServer.start(CountingServer.status(401))) {
            URI uri = server.uri("/v1/models");
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
            Runnable probe = () -> expect(prober.probe(uri));
            Runnable get = () -> expect(client, request);
            for (int i = 0; i < N; i++) { // warm-up: the JIT, the first connection, the TLS-free paths
                probe.run();
                get.run();
            }
            List<Double> probeCpu = new ArrayList<>();
            List<Double> getCpu = new ArrayList<>();
            List<Double> probeBytes = new ArrayList<>();
            List<Double> getBytes = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                round(server, probe, probeCpu, probeBytes);
                round(server, get, getCpu, getBytes);
            }
            Figure cpu = Figure.of(GROUP, "CPU per probe (client threads)", "µs", probeCpu).floor(FLOOR, getCpu);
            Figure bytes = Figure.of(GROUP, "bytes on the wire per probe", "bytes", probeBytes).floor(FLOOR, getBytes);
            return List.of(
                    cpu.target("≤ 1× floor", cpu.ratio() <= 1)
                            .note(ROUNDS + " rounds of " + N + " sequential requests each, in turn, after " + N
                                    + " of each to warm up; thread CPU of every thread but the local server's"),
                    bytes.target("≤ 1× floor", bytes.ratio() <= 1)
                            .note("request read plus answer written, counted by the server (TCP/IP headers not included)"));
        } finally {
            clientThreads.shutdownNow();
        }
    }

    private static void round(CountingServer server, Runnable request, List<Double> cpu, List<Double> bytes) {
        long bytesBefore = server.bytesRead() + server.bytesWritten();
        long cpuBefore = clientCpuNanos();
        for (int i = 0; i < N; i++) {
            request.run();
        }
        cpu.add((clientCpuNanos() - cpuBefore) / 1e3 / N);
        bytes.add((double) (server.bytesRead() + server.bytesWritten() - bytesBefore) / N);
    }

    /** CPU time of the live threads that are not the local server's (its threads end with their connection). */
    private static long clientCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("counting-server")) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, t);
            }
        }
        return sum;
    }

    private static void expect(ProbeResult r) {
        if (r.http() == null || r.http() != 401) {
            throw new IllegalStateException("probe: " + r);
        }
    }

    private static void expect(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 401) {
                throw new IllegalStateException("GET: " + r.statusCode());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
