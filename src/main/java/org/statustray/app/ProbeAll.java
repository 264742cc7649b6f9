package org.statustray.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.statustray.fetch.Prober;
import org.statustray.model.ProbeResult;

/** Probes several targets at once, but never two of the same host together: a probe must not be a burst. */
final class ProbeAll {
    private static final int AT_ONCE = 8;

    private ProbeAll() {
    }

    /** The results in the targets' order. */
    static List<ProbeResult> probe(List<ProbeCommand.Target> targets, Prober prober) throws InterruptedException {
        Map<String, List<Integer>> byHost = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String host = String.valueOf(targets.get(i).uri().getHost()).toLowerCase(Locale.ROOT);
            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(i);
        }
        ProbeResult[] results = new ProbeResult[targets.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(byHost.size(), AT_ONCE), r -> {
            Thread t = new Thread(r, "probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (List<Integer> indexes : byHost.values()) {
                hosts.add(pool.submit(() -> indexes.forEach(i -> results[i] = prober.probe(targets.get(i).uri()))));
            }
            for (Future<?> host : hosts) {
                host.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(results);
    }
}
