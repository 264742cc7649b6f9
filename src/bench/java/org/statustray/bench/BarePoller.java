package org.statustray.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The floor of idle CPU: a bare java.net.http client that GETs the same pages at the same interval with
 * If-None-Match, and does nothing else (no parsing, no store, no tray). Args: PORT FIRST COUNT SECONDS.
 */
public final class BarePoller {
    private BarePoller() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        long periodMs = Long.parseLong(args[3]) * 1000;
        HttpClient client = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
        String[] etags = new String[count];
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newCachedThreadPool();
        for (int i = 0; i < count; i++) {
            int k = i;
            URI uri = URI.create(SimulatedPages.url(port, first + k) + "/api/v2/summary.json");
            timer.scheduleAtFixedRate(() -> workers.execute(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri);
                if (etags[k] != null) {
                    request.header("If-None-Match", etags[k]);
                }
                try {
                    HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    etags[k] = r.headers().firstValue("ETag").orElse(etags[k]);
                } catch (Exception e) {
                    System.err.println("bare poller: " + e);
                }
            }), periodMs * k / count, periodMs, TimeUnit.MILLISECONDS);
        }
        System.out.println("polling");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
