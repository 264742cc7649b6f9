package org.statustray.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar statustray.jar} with no JVM flags gets the footprint flags all the same: the tray app and
 * {@code watch} run in a child JVM started with the flags of {@code packaging/jvm-options} (copied into the
 * jar by the build, so there is one list), with the same stdin, stdout and stderr, and the child's exit code
 * is this process's. Killing this process ends the child (a shutdown hook), and a child whose parent is gone
 * (SIGKILL) ends itself. Quick commands run here: for them a second JVM would cost more than it saves.
 */
final class LeanLaunch {
    /** Set by a line of {@code packaging/jvm-options}: the flags are in force (the packages, the README's command). */
    static final String MARKER = "statustray.jvmOptions";
    /** Given to the child: the process to outlive by no more than a few seconds. */
    static final String PARENT = "statustray.parentPid";
    static final String RESOURCE = "/org/statustray/app/jvm-options";
    private static final Set<String> QUICK = Set.of("check", "detect", "probe", "catalog", "history");

    private LeanLaunch() {
    }

    /** The child's exit code when this launch relaunched itself with the flags; null to run here. */
    static @Nullable Integer relaunchIfNeeded(String[] args) {
        if (System.getProperty(MARKER) != null || !longRunning(args) || !noJvmFlags()) {
            return null; // the flags are there, or the command is quick, or the person chose flags of their own
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command(args)).inheritIO();
            // glibc gives each thread that allocates an arena of its own (up to 8 per core); two are plenty here.
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            Process child = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> end(child), "statustray-relaunch"));
            return child.waitFor();
        } catch (IOException | UncheckedIOException e) {
            return null; // no java binary to start (a stripped runtime): run here, without the flags
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** In the child: ends this JVM soon after the process that launched it ended (killed, so it could not end us). */
    static void followParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                p -> p.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
    }

    /**
     * Whether this JVM was started with no flags at all ({@code java -jar statustray.jar …}): its command line
     * starts with {@code -jar} or the class path, and no environment variable adds any. Where the command line
     * cannot be read (Windows), false: the person's flags are never dropped.
     */
    static boolean noJvmFlags() {
        if (System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null) {
            return false;
        }
        return ProcessHandle.current().info().arguments()
                .map(a -> a.length > 0 && Set.of("-jar", "-cp", "-classpath", "--class-path").contains(a[0]))
                .orElse(false);
    }

    /** Whether {@code args} start the tray app or {@code watch}, which run until ended. */
    static boolean longRunning(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || QUICK.contains(arg)) {
                return false;
            }
            if (arg.equals("watch")) {
                return true;
            }
            if ((arg.equals("--config") || arg.equals("--data-dir") || arg.equals("--open")) && i + 1 < args.length) {
                i++; // its value, which may be any word
            }
        }
        return true;
    }

    static List<String> command(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags());
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The lines of {@code packaging/jvm-options}, without comments and blank lines. */
    static List<String> flags() {
        try (InputStream in = LeanLaunch.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no " + RESOURCE + " in the jar"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void end(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }
}
