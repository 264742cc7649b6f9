package org.statustray.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app as a process on a real (virtual) desktop: launch to tray ready, the notification's delay after
 * the poll that confirms a change, and memory and CPU while idle with 100 services in the tray — each
 * against a bare JavaFX window launched in the same run with the same JVM flags.
 */
public final class ProcessBench implements BenchPart {
    static final String GROUP = "Process (tray app vs a bare JavaFX window, same JVM flags)";
    private static final int SERVICES = 100;
    private static final int LAUNCHES = 5;

    private DesktopSession desktop;
    private SimulatedPagesProcess pages;
    private Launcher launcher;
    private IdleWatch idle;

    @Override
    public String name() {
        return "process";
    }

    @Override
    public void run(BenchContext context, Report report) throws Exception {
        String missing = DesktopSession.missing();
        if (missing != null) {
            throw new IllegalStateException("blocked: " + missing);
        }
        Path work = context.scratch("process");
        desktop = DesktopSession.start(work);
        pages = SimulatedPagesProcess.start(context.fixtures(), SERVICES + 1, 50);
        launcher = new Launcher(context, desktop, work);
        Path config = BenchConfigs.write(work.resolve("config-100.json"), pages, 0, SERVICES, 60);
        Path data = work.resolve("data-100");

        launcher.app(config, data, "warmup").stop(); // the first start creates the store
        launcher.bare("warmup").stop();
        List<Double> app = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            Launcher.Launched a = launcher.app(config, data, "launch" + i);
            app.add(a.readyMs());
            a.stop();
            Launcher.Launched b = launcher.bare("launch" + i);
            bare.add(b.readyMs());
            b.stop();
        }
        report.add(Figure.of(GROUP, "launch to tray ready (" + SERVICES + " services)", "ms", app)
                .floor("bare window shown", bare).target("≤ 1.0× floor", Figure.median(app) <= Figure.median(bare))
                .note("from process start to the StatusNotifierItem on the bus; the floor: to the Stage's onShown;"
                        + " launched as the packages launch it, with the flags (no relaunch)"));

        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            Launcher.Launched a = launcher.app(config, data, "plain" + i, List.of("plain"));
            plain.add(a.readyMs());
            a.stop();
        }
        report.add(Figure.of(GROUP, "launch to tray ready, plain java -jar (" + SERVICES + " services)", "ms", plain)
                .floor("launched with the flags, as above", app)
                .note("no JVM flags given: the jar relaunches itself with packaging/jvm-options (LeanLaunch); the"
                        + " difference is the relaunch's cost: a second JVM's start, and the first JVM waiting"));

        new NotificationDelay(launcher, pages, desktop.notifications(), SERVICES).measure(work, report);

        idle = new IdleWatch(launcher, pages, SERVICES, config, data, context.idleMinutes());
        idle.start();
    }

    @Override
    public void finish(BenchContext context, Report report) throws Exception {
        try {
            if (idle != null) {
                idle.finish(report);
            }
        } finally {
            if (pages != null) {
                pages.close();
            }
            if (desktop != null) {
                desktop.close();
            }
        }
    }

    static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
