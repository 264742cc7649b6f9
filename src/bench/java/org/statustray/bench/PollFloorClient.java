package org.statustray.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor of a poll cycle: a bare {@link HttpClient} asking every page once with its last ETag, 16
 * requests at a time as the poller allows (the poller's 2 per host never binds: every page has a host of
 * its own), with no parsing, no pipeline and no store.
 */
final class PollFloorClient {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Semaphore overall = new Semaphore(16);
    private final URI[] endpoints;
    private final String[] etags;

    PollFloorClient(int port, int n) {
        endpoints = new URI[n];
        etags = new String[n];
        for (int i = 0; i < n; i++) {
            endpoints[i] = URI.create(SimulatedPages.url(port, i) + "/api/v2/summary.json");
        }
    }

    /** One cycle; returns {200s, 304s, failures}. */
    int[] cycle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(endpoints.length);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < endpoints.length; i++) {
            overall.acquire();
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoints[i]).timeout(Duration.ofSeconds(30));
            if (etags[i] != null) {
                request.header("If-None-Match", etags[i]);
            }
            int page = i;
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                try {
                    if (e != null) {
                        failed.incrementAndGet();
                    } else if (r.statusCode() == 304) {
                        notModified.incrementAndGet();
                    } else if (r.statusCode() == 200) {
                        ok.incrementAndGet();
                        etags[page] = r.headers().firstValue("ETag").orElse(null);
                    } else {
                        failed.incrementAndGet();
                    }
                } finally {
                    overall.release();
                    done.countDown();
                }
            });
        }
        done.await();
        return new int[] {ok.get(), notModified.get(), failed.get()};
    }
}
