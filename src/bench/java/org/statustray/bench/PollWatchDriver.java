package org.statustray.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.statustray.app.WatchCommand;
import org.statustray.fetch.PageResult;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoreException;
import org.statustray.watch.PollResult;

/**
 * The app's own engine as {@code statustray watch} runs it (poller, fetcher, reader, pipeline, store), on N
 * simulated pages, its JSON lines thrown away. The interval is an hour, so pages are polled only when a
 * cycle asks ("Refresh now"); a cycle ends when every page's result was handled.
 */
final class PollWatchDriver implements AutoCloseable {
    private final int n;
    private final WatchCommand.Session session;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile CountDownLatch pending;

    PollWatchDriver(Path scratch, int port, int n) throws IOException, StoreException {
        this.n = n;
        StringBuilder services = new StringBuilder();
        for (int i = 0; i < n; i++) {
            services.append(i == 0 ? "" : ",\n").append("{\"id\": \"p").append(i).append("\", \"url\": \"")
                    .append(SimulatedPages.url(port, i)).append("\", \"format\": \"statuspage\"}");
        }
        Path config = Files.writeString(scratch.resolve("config.json"),
                "{\"pollIntervalSeconds\": 3600, \"services\": [\n" + services + "]}\n");
        Path data = scratch.resolve("data");
        try (HistoryStore store = HistoryStore.open(data)) {
            for (int i = 0; i < n; i++) {
                store.markBackfilled("p" + i, 0); // past incidents are not what a poll cycle costs
            }
        }
        pending = new CountDownLatch(n);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        session = WatchCommand.start(config, data, discard, System.err, false, this::handled);
    }

    /** Waits for the first cycle, which the start makes; returns {read, unchanged, failed}. */
    int[] awaitStart() throws InterruptedException {
        return await();
    }

    /** One cycle: every page polled once; returns {read, unchanged, failed}. */
    int[] cycle() throws InterruptedException {
        pending = new CountDownLatch(n);
        session.refreshAll();
        return await();
    }

    private int[] await() throws InterruptedException {
        if (!pending.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a poll cycle of " + n + " pages did not end within 2 min");
        }
        return new int[] {read.getAndSet(0), unchanged.getAndSet(0), failed.getAndSet(0)};
    }

    private void handled(PollResult r) {
        if (r.result() instanceof PageResult.Read) {
            read.incrementAndGet();
        } else if (r.result() instanceof PageResult.Unchanged) {
            unchanged.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
        pending.countDown();
    }

    @Override
    public void close() {
        session.close();
    }
}
