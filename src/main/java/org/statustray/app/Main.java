package org.statustray.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, so the shaded jar starts on
 * a plain classpath with JavaFX inside.
 */
public final class Main {
    private static final String COMMON_POOL = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private Main() {
    }

    public static void main(String[] args) {
        // java.net.http hands every response to CompletableFuture's default executor. With fewer than three
        // cores that is a new thread per task (a thread per poll); a common pool of two avoids it.
        if (System.getProperty(COMMON_POOL) == null) {
            System.setProperty(COMMON_POOL, "2");
        }
        // JSON and service names are UTF-8 whatever the platform's default encoding is.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Cli(out, err).run(args));
    }
}
