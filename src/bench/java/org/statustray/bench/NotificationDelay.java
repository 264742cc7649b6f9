package org.statustray.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.statustray.testing.FakeNotificationServer;

/**
 * How long after the poll that confirms a change its notification reaches the notification server. The
 * simulated page notes when it sent each answer (CLOCK_MONOTONIC, as System.nanoTime here), the server in
 * this JVM when the Notify call came; one page flips between calm and degraded. The app is started afresh
 * (a new history) for each degradation and its recovery: a page flipping back and forth within half an hour
 * is told as unstable and then held (Steadiness), as it should be, which is not what this measures.
 */
final class NotificationDelay {
    private static final int ROUNDS = 5;
    private final Launcher launcher;
    private final SimulatedPagesProcess pages;
    private final FakeNotificationServer notifications;
    private final int page;

    NotificationDelay(Launcher launcher, SimulatedPagesProcess pages, FakeNotificationServer notifications, int page) {
        this.launcher = launcher;
        this.pages = pages;
        this.notifications = notifications;
        this.page = page;
    }

    void measure(Path work, Report report) throws Exception {
        Path config = BenchConfigs.write(work.resolve("config-1.json"), pages, page, 1, 2);
        pages.track(page);
        List<Double> afterConfirming = new ArrayList<>();
        List<Double> afterFirstSight = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Launcher.Launched app = launcher.app(config, work.resolve("data-notify-" + round), "notify-" + round);
            try {
                long started = System.nanoTime();
                DesktopSession.waitFor(() -> served().stream().anyMatch(a -> a.nanoTime() > started && a.status() == 200),
                        30, "the first read");
                ProcessBench.sleep(3000);
                for (boolean degrade : new boolean[] {true, false}) {
                    int before = notifications.calls().size();
                    long flipped = System.nanoTime();
                    pages.set(page, degrade);
                    FakeNotificationServer.Call shown = next(before, degrade ? "" : "recovered");
                    SimulatedPagesProcess.Answer confirming = null;
                    SimulatedPagesProcess.Answer firstSight = null;
                    for (SimulatedPagesProcess.Answer a : served()) {
                        if (a.nanoTime() > flipped && a.nanoTime() <= shown.receivedNanos()) {
                            confirming = a;
                            if (firstSight == null && a.status() == 200) {
                                firstSight = a;
                            }
                        }
                    }
                    if (confirming == null || firstSight == null) {
                        throw new IllegalStateException("no answer between the flip and the notification");
                    }
                    afterConfirming.add((shown.receivedNanos() - confirming.nanoTime()) / 1e6);
                    afterFirstSight.add((shown.receivedNanos() - firstSight.nanoTime()) / 1e6);
                    ProcessBench.sleep(2500);
                }
            } finally {
                app.stop();
            }
        }
        double worst = afterConfirming.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        report.add(Figure.of(ProcessBench.GROUP, "notification after the poll that confirms the change", "ms",
                afterConfirming).target("≤ 1000 ms (every sample)", worst <= 1000)
                .note("answer sent by the page → Notify call received on D-Bus; " + ROUNDS
                        + " degradations and " + ROUNDS + " recoveries, 2 s interval, the app started afresh for each pair"));
        report.add(Figure.of(ProcessBench.GROUP, "notification after the first poll that saw the change", "ms",
                afterFirstSight).note("includes flap damping: a change is told once the next poll confirms it"
                        + " (1 s later at the earliest on loopback, 30 s on the internet)"));
    }

    /** The first notification after the first {@code from} whose summary holds {@code text}. */
    private FakeNotificationServer.Call next(int from, String text) throws InterruptedException {
        for (int count = from + 1; ; count++) {
            FakeNotificationServer.Call call = notifications.awaitCalls(count).get(count - 1);
            if (call.summary().contains(text)) {
                return call;
            }
        }
    }

    private List<SimulatedPagesProcess.Answer> served() {
        try {
            return pages.served(page);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
