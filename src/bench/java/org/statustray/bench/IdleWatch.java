package org.statustray.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The tray app with 100 services, the bare window and the tray-icon-only JVM, all idle for the same minutes while the other parts
 * run (neither uses much CPU, so they barely disturb them). Memory is sampled every 10 s; CPU is counted
 * from one minute after start (past start-up) to the end and scaled to 10 minutes.
 */
final class IdleWatch {
    private static final long SETTLE_SECONDS = 60;
    private final Launcher launcher;
    private final Path config;
    private final Path data;
    private final int minutes;
    private Launcher.Launched app;
    private Launcher.Launched bare;
    private Launcher.Launched poller;
    private Launcher.Launched tray;
    private Launcher.Launched curl;
    private Launcher.Launched trayPoller;
    private final SimulatedPagesProcess pages;
    private final int services;
    private long started;
    private final List<ProcStat> appSamples = new ArrayList<>();
    private final List<ProcStat> bareSamples = new ArrayList<>();
    private final List<ProcStat> traySamples = new ArrayList<>();
    private final List<ProcStat> trayPollerSamples = new ArrayList<>();
    private ProcStat curlAtSettle;
    private ProcStat appAtSettle;
    private ProcStat bareAtSettle;
    private ProcStat pollerAtSettle;
    private Thread sampler;

    IdleWatch(Launcher launcher, SimulatedPagesProcess pages, int services, Path config, Path data, int minutes) {
        this.launcher = launcher;
        this.pages = pages;
        this.services = services;
        this.config = config;
        this.data = data;
        this.minutes = minutes;
    }

    void start() throws Exception {
        app = launcher.app(config, data, "idle");
        bare = launcher.bare("idle");
        poller = launcher.barePoller(pages, 0, services, 60);
        tray = launcher.bareTray("idle");
        curl = launcher.curlPoller(pages, 0, services, 60);
        trayPoller = launcher.bareTrayPoller(pages, 0, services, 60);
        started = System.nanoTime();
        sampler = new Thread(this::sample, "bench-idle-sampler");
        sampler.setDaemon(true);
        sampler.start();
        System.out.printf(Locale.ROOT, "bench: idle apps running (pids %d, %d) for %d min%n", app.pid(), bare.pid(), minutes);
    }

    private void sample() {
        long settle = started + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ProcStat a = ProcStat.of(app.pid());
                ProcStat b = ProcStat.of(bare.pid());
                ProcStat c = ProcStat.of(poller.pid());
                ProcStat t = ProcStat.of(tray.pid());
                ProcStat u = ProcStat.of(curl.pid());
                ProcStat v = ProcStat.of(trayPoller.pid());
                synchronized (this) {
                    appSamples.add(a);
                    bareSamples.add(b);
                    traySamples.add(t);
                    trayPollerSamples.add(v);
                    if (appAtSettle == null && System.nanoTime() >= settle) {
                        appAtSettle = a;
                        bareAtSettle = b;
                        pollerAtSettle = c;
                        curlAtSettle = u;
                    }
                }
                Thread.sleep(10_000 - (System.nanoTime() - started) / 1_000_000 % 10_000);
            }
        } catch (IOException | InterruptedException e) {
            // a process ended, or the bench is over
        }
    }

    void finish(Report report) throws Exception {
        long end = started + TimeUnit.MINUTES.toNanos(minutes);
        long left = end - System.nanoTime();
        if (left > 0) {
            System.out.printf(Locale.ROOT, "bench: waiting %.1f min for the idle apps%n", left / 60e9);
            TimeUnit.NANOSECONDS.sleep(left);
        }
        ProcStat appEnd = ProcStat.of(app.pid());
        ProcStat bareEnd = ProcStat.of(bare.pid());
        ProcStat pollerEnd = ProcStat.of(poller.pid());
        ProcStat curlEnd = ProcStat.of(curl.pid());
        sampler.interrupt();
        double measuredMinutes;
        synchronized (this) {
            measuredMinutes = (System.nanoTime() - started) / 60e9 - SETTLE_SECONDS / 60.0;
            List<Double> appRss = lastRss(appSamples);
            List<Double> bareRss = lastRss(bareSamples);
            List<Double> trayRss = lastRss(traySamples);
            boolean met = Figure.median(appRss) <= 0.5 * Figure.median(bareRss);
            report.add(Figure.of(ProcessBench.GROUP, "idle RSS after " + minutes + " min, 100 services at 60 s, tray only",
                    "MB", appRss).floor("bare window RSS", bareRss).target("≤ 0.5× floor", met)
                    .note("VmRSS, the samples of the last 30 s; peak over the run " + String.format(Locale.ROOT,
                            "%.0f MB (app) and %.0f MB (bare window)", peak(appSamples), peak(bareSamples))));
            report.add(Figure.of(ProcessBench.GROUP, "idle RSS of a JVM holding only a tray icon, same flags", "MB",
                    trayRss).floor("bare window RSS", bareRss)
                    .note("the floor under any Java tray app: the app's StatusNotifierItem alone (dbus-java, AWT"
                            + " headless), no poller, store or JavaFX; the app's RSS is " + String.format(Locale.ROOT,
                                    "%.2f× this", Figure.median(appRss) / Figure.median(trayRss))));
            List<Double> trayPollerRss = lastRss(trayPollerSamples);
            report.add(Figure.of(ProcessBench.GROUP, "idle RSS of a JVM holding a tray icon and polling the same"
                    + " pages with a bare java.net.http client, same flags", "MB", trayPollerRss)
                    .floor("bare window RSS", bareRss)
                    .note("the floor under any Java status tray: the icon and the 100 GETs a minute, nothing else"
                            + " (no reader, store, history, notifier); the app's RSS is " + String.format(Locale.ROOT,
                                    "%.2f× this", Figure.median(appRss) / Figure.median(trayPollerRss))));
            double scale = 10 / measuredMinutes;
            double appCpu = (appEnd.cpuSeconds() - appAtSettle.cpuSeconds()) * scale;
            double bareCpu = (bareEnd.cpuSeconds() - bareAtSettle.cpuSeconds()) * scale;
            double pollerCpu = (pollerEnd.cpuSeconds() - pollerAtSettle.cpuSeconds()) * scale;
            report.add(Figure.of(ProcessBench.GROUP, "idle CPU per 10 min, 100 services at 60 s, tray only", "s",
                    List.of(appCpu)).floor("bare java.net.http poller of the same pages", List.of(pollerCpu))
                    .target("≤ 0.3 s", appCpu <= 0.3)
                    .note(String.format(Locale.ROOT, "user+system time over %.1f min after the first minute, scaled to"
                            + " 10 min; start-up itself cost %.2f s; the bare JavaFX window, doing nothing, used"
                            + " %.2f s per 10 min", measuredMinutes, appAtSettle.cpuSeconds(), bareCpu)));
            double polls = services * measuredMinutes; // every page once a minute
            double curlCpu = (curlEnd.childrenCpuSeconds() - curlAtSettle.childrenCpuSeconds()) * scale;
            double perPoll = 1000 / (services * 10.0); // s per 10 min → ms per poll
            report.add(Figure.of(ProcessBench.GROUP, "idle CPU per poll, 100 services at 60 s", "ms",
                    List.of(appCpu * perPoll)).floor("bare java.net.http GET", List.of(pollerCpu * perPoll))
                    .note(String.format(Locale.ROOT, "the idle CPU above over the %.0f polls of the measured minutes"
                            + " (each page once a minute): everything the app does while idle, put on its polls", polls)));
            report.add(Figure.of(ProcessBench.GROUP, "idle CPU per poll against curl", "ms",
                    List.of(appCpu * perPoll)).floor("curl GET (a process each)", List.of(curlCpu * perPoll))
                    .note("curl's own CPU (the shell's ended children: the curls, a new connection each),"
                            + " not the shell's; the same pages, interval and If-None-Match"));
        }
        app.stop();
        bare.stop();
        poller.stop();
        tray.stop();
        curl.stop();
        trayPoller.stop();
    }

    private static List<Double> lastRss(List<ProcStat> samples) {
        List<Double> rss = new ArrayList<>();
        for (int i = Math.max(0, samples.size() - 3); i < samples.size(); i++) {
            rss.add(samples.get(i).rssMb());
        }
        return rss;
    }

    private static double peak(List<ProcStat> samples) {
        return samples.stream().mapToDouble(ProcStat::rssMb).max().orElse(Double.NaN);
    }
}
