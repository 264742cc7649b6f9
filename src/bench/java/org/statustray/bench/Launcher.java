package org.statustray.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the packaged app, or the bare window, with the launcher's JVM flags on the bench desktop. */
final class Launcher {
    private final BenchContext context;
    private final DesktopSession desktop;
    private final Path work;

    Launcher(BenchContext context, DesktopSession desktop, Path work) {
        this.context = context;
        this.desktop = desktop;
        this.work = work;
    }

    /** A started process and how long it took to be ready. */
    record Launched(Process process, double readyMs) {
        long pid() {
            return process.pid();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            ProcessBench.sleep(500);
        }
    }

    /** The tray app; ready once its StatusNotifierItem is on the bus. */
    Launched app(Path config, Path dataDir, String log) throws Exception {
        return app(config, dataDir, log, List.of());
    }

    /**
     * The tray app with JVM flags of its own after the launcher's (the breakdown's tracking flags); an
     * {@code env:NAME=VALUE} among them is set in its environment instead, {@code jar:PATH} runs that jar, and
     * {@code plain} leaves the launcher's flags out ({@code java -jar} as typed: it relaunches itself with them).
     */
    Launched app(Path config, Path dataDir, String log, List<String> extraFlags) throws Exception {
        List<String> command = extraFlags.contains("plain") ? new ArrayList<>(List.of(BenchContext.java())) : command();
        extraFlags.stream().filter(f -> !f.startsWith("env:") && !f.startsWith("jar:") && !f.equals("plain"))
                .forEach(command::add);
        String jar = extraFlags.stream().filter(f -> f.startsWith("jar:")).map(f -> f.substring(4)).findFirst()
                .orElse(context.jar().toString());
        command.addAll(List.of("-jar", jar, "--config", config.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("app-" + log + ".log").toFile());
        desktop.environment(pb.environment());
        extraFlags.stream().filter(f -> f.startsWith("env:")).map(f -> f.substring(4).split("=", 2))
                .forEach(kv -> pb.environment().put(kv[0], kv[1]));
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            DesktopSession.waitFor(() -> desktop.hasTrayItem(p.toHandle()) || !p.isAlive(), 60, "the tray item");
        } catch (IllegalStateException e) {
            p.destroyForcibly();
            throw e;
        }
        if (!p.isAlive()) {
            throw new IllegalStateException("the app exited with " + p.exitValue() + "; see app-" + log + ".log");
        }
        return new Launched(p, (System.nanoTime() - start) / 1e6);
    }

    /** The bare JavaFX window; ready once it says its Stage was shown. */
    Launched bare(String log) throws Exception {
        return floor(BareWindow.class, "shown", "bare-" + log, List.of());
    }

    /** The tray icon and the bare poller in one JVM; ready once it polls. */
    Launched bareTrayPoller(SimulatedPagesProcess pages, int first, int count, int seconds, String... extraFlags)
            throws Exception {
        return floor(BareTrayPoller.class, "polling", "bare-tray-poller", List.of(extraFlags),
                Integer.toString(pages.port()), Integer.toString(first), Integer.toString(count), Integer.toString(seconds));
    }

    /** The tray-icon-only JVM; ready once its StatusNotifierItem is registered. */
    Launched bareTray(String log, String... extraFlags) throws Exception {
        return floor(BareTray.class, "shown", "bare-tray-" + log, List.of(extraFlags));
    }

    /** The bare window with JVM flags of its own after the launcher's. */
    Launched bare(String log, List<String> extraFlags) throws Exception {
        return floor(BareWindow.class, "shown", "bare-" + log, extraFlags);
    }

    /** The bare HTTP poller of the same pages; ready once it says it polls. */
    Launched barePoller(SimulatedPagesProcess pages, int first, int count, int seconds) throws Exception {
        return floor(BarePoller.class, "polling", "bare-poller", List.of(), Integer.toString(pages.port()),
                Integer.toString(first), Integer.toString(count), Integer.toString(seconds));
    }

    /**
     * The curl floor: one shell that GETs the same pages at the same interval with {@code curl} (a process per
     * GET, so a new connection each time; the ETag kept in a file per page, sent as If-None-Match). Its CPU is
     * what its children (the curls alone) used: the shell's cutime and cstime.
     */
    Launched curlPoller(SimulatedPagesProcess pages, int first, int count, int seconds) throws Exception {
        Path etags = java.nio.file.Files.createDirectories(work.resolve("curl-etags"));
        StringBuilder urls = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            urls.append(' ').append(pages.url(i)).append("/api/v2/summary.json");
        }
        // read -t on a FIFO nobody writes waits without a sleep process, so the shell's children are the curls only.
        String script = "mkfifo " + etags + "/wait; exec 3<>" + etags + "/wait; i=0; while :; do for u in" + urls
                + "; do i=$((i+1)); f=" + etags + "/$((i % " + count + "));"
                + " curl -s -o /dev/null --etag-compare $f --etag-save $f $u;"
                + " read -t " + String.format(java.util.Locale.ROOT, "%.3f", seconds / (double) count)
                + " -u 3 || true; done; done";
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
                .redirectOutput(work.resolve("curl-poller.log").toFile()).start();
        return new Launched(p, 0);
    }

    /** A floor program from the bench classes, with the jar on its class path and the launcher's flags. */
    private Launched floor(Class<?> main, String readyLine, String log, List<String> extraFlags, String... args)
            throws Exception {
        List<String> command = command();
        command.addAll(extraFlags);
        String benchClasses = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        command.addAll(List.of("-cp", context.jar() + java.io.File.pathSeparator + benchClasses, main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(work.resolve(log + ".log").toFile());
        desktop.environment(pb.environment());
        long start = System.nanoTime();
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!readyLine.equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not start; see " + log + ".log");
        }
        return new Launched(p, (System.nanoTime() - start) / 1e6);
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(BenchContext.java());
        command.addAll(context.appJvmFlags());
        return command;
    }
}
