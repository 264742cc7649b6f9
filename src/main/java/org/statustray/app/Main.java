package org.statustray.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, so the shaded jar starts on
 * a plain classpath with JavaFX inside.
 */
public final class Main {
    private static final String COMMON_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private Main() {
    }

    /**
     * With fewer than 3 cores the common pool gets one thread, and CompletableFuture then runs each async
     * step on a new thread: HttpClient.sendAsync hands every response over that way, a thread started and
     * ended per poll (some 40 % of a poll's CPU on a 2-core machine). Two pool threads avoid it. Must run before
     * anything touches the common pool or CompletableFuture; an explicit setting is kept.
     */
    public static void tuneCommonPool() {
        if (System.getProperty(COMMON_PARALLELISM) == null && Runtime.getRuntime().availableProcessors() < 3) {
            System.setProperty(COMMON_PARALLELISM, "2");
        }
    }

    public static void main(String[] args) {
        Integer relaunched = LeanLaunch.relaunchIfNeeded(args);
        if (relaunched != null) {
            System.exit(relaunched);
        }
        tuneCommonPool();
        LeanLaunch.followParent();
        // JSON and service names are UTF-8 whatever the platform's default encoding is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        LogSetup.forThisProcess(List.of(args).contains("--debug"), err);
        System.exit(new Cli(out, err).run(args));
    }
}
