package org.statustray.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where an idle process's memory goes, by hand (not part of the bench run): the tray app with 100 services at
 * 60 s, the bare JavaFX window and the tray-icon-only JVM on the bench desktop, all with the launcher's flags
 * plus {@code -Dbreakdown.flags} (e.g. Native Memory Tracking), the app also with {@code -Dbreakdown.appFlags}.
 * {@code -Dbreakdown.variants=NAME=FLAGS;NAME=FLAGS} starts more apps beside it, each with its own data
 * directory and those flags too (the flags space-separated; {@code env:NAME=VALUE} sets the environment; {@code warmup:FLAG} is given
 * only to its first start, which creates its store, e.g. to dump a CDS archive at its exit).
 * After MINUTES it saves, per process, NMT's summary, the metaspace report, the thread dump, smaps_rollup and
 * the class histogram (last: it runs a full GC) into OUT, and prints a line per process.
 * Args: MINUTES OUT.
 */
public final class IdleBreakdown {
    private IdleBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<String> flags = split(System.getProperty("breakdown.flags", ""));
        List<String> appFlags = new ArrayList<>(flags);
        appFlags.addAll(split(System.getProperty("breakdown.appFlags", "")));
        BenchContext context = new BenchContext(Path.of(System.getProperty("bench.jar", "target/statustray.jar")),
                Path.of("src/test/resources/fixtures"), out, 6, LauncherFlags.read());
        Path work = context.scratch("breakdown");
        try (DesktopSession desktop = DesktopSession.start(work);
                SimulatedPagesProcess pages = SimulatedPagesProcess.start(context.fixtures(), 101, 50)) {
            Launcher launcher = new Launcher(context, desktop, work);
            Path config = BenchConfigs.write(work.resolve("config-100.json"), pages, 0, 100, 60);
            Path data = work.resolve("data-100");
            launcher.app(config, data, "warmup").stop();
            Map<String, Launcher.Launched> running = new LinkedHashMap<>();
            running.put("app", launcher.app(config, data, "idle", appFlags));
            for (String variant : System.getProperty("breakdown.variants", "").split(";")) {
                if (variant.isBlank()) {
                    continue;
                }
                String name = variant.substring(0, variant.indexOf('='));
                List<String> variantFlags = new ArrayList<>(appFlags);
                variantFlags.addAll(split(variant.substring(name.length() + 1)));
                Path variantData = work.resolve("data-" + name);
                launcher.app(config, variantData, "warmup-" + name, variantFlags.stream()
                        .filter(f -> f.startsWith("warmup:")).map(f -> f.substring(7)).toList()).stop();
                running.put(name, launcher.app(config, variantData, name,
                        variantFlags.stream().filter(f -> !f.startsWith("warmup:")).toList()));
            }
            running.put("window", launcher.bare("idle", flags));
            running.put("tray", launcher.bareTray("idle", flags.toArray(String[]::new)));
            running.put("trayPoller", launcher.bareTrayPoller(pages, 0, 100, 60, flags.toArray(String[]::new)));
            running.forEach((name, l) -> System.out.printf(Locale.ROOT, "breakdown: %s pid %d ready in %.0f ms%n",
                    name, l.pid(), l.readyMs()));
            long end = System.nanoTime() + (long) (minutes * 60e9);
            while (System.nanoTime() < end) {
                TimeUnit.SECONDS.sleep(Math.min(30, Math.max(1, (end - System.nanoTime()) / 1_000_000_000)));
                StringBuilder line = new StringBuilder("breakdown: rss");
                for (var e : running.entrySet()) {
                    line.append(String.format(Locale.ROOT, " %s %.1f MB", e.getKey(), ProcStat.of(e.getValue().pid()).rssMb()));
                }
                System.out.println(line);
            }
            boolean full = !Boolean.getBoolean("breakdown.rssOnly");
            for (var e : running.entrySet()) {
                dump(e.getKey(), e.getValue().pid(), out, full);
            }
            for (Launcher.Launched l : running.values()) {
                l.stop();
            }
        }
        System.exit(0);
    }

    private static void dump(String name, long pid, Path out, boolean full) throws Exception {
        String smaps = Files.readString(Path.of("/proc", Long.toString(pid), "smaps_rollup"));
        Files.writeString(out.resolve(name + "-smaps_rollup.txt"), smaps);
        Files.writeString(out.resolve(name + "-maps.txt"), Files.readString(Path.of("/proc", Long.toString(pid), "smaps")));
        long threads;
        try (var s = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            threads = s.count();
        }
        if (full) {
            jcmd(pid, out.resolve(name + "-nmt.txt"), "VM.native_memory", "summary");
            jcmd(pid, out.resolve(name + "-metaspace.txt"), "VM.metaspace");
            jcmd(pid, out.resolve(name + "-threads.txt"), "Thread.print");
            jcmd(pid, out.resolve(name + "-classloaders.txt"), "VM.classloader_stats");
            jcmd(pid, out.resolve(name + "-histogram.txt"), "GC.class_histogram");
        }
        System.out.printf(Locale.ROOT, "breakdown: %s %s; %d threads%n", name,
                smaps.lines().filter(l -> l.matches("^(Rss|Pss|Private_Clean|Private_Dirty|Shared_Clean):.*"))
                        .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse(""), threads);
    }

    private static void jcmd(long pid, Path file, String... command) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        c.addAll(List.of(command));
        Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(file.toFile()).start();
        p.waitFor(60, TimeUnit.SECONDS);
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }
}
