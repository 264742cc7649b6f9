package org.statustray.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One in-process run of the command line with its exit code and both output streams. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(print(out), print(err)).run(args);
        return new CliRun(exit, text(out), text(err));
    }

    /**
     * Runs the command line on a thread of its own, for a command that might not end (a tray launch, a
     * {@code watch}): fails, with what it printed so far, if it has not ended within {@code limit}.
     */
    public static CliRun within(Duration limit, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FutureTask<Integer> run = new FutureTask<>(() -> new Cli(print(out), print(err)).run(args));
        Thread thread = new Thread(run, "cli-run");
        thread.setDaemon(true);
        thread.start();
        try {
            return new CliRun(run.get(limit.toMillis(), TimeUnit.MILLISECONDS), text(out), text(err));
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("statustray " + String.join(" ", args) + " did not end within " + limit.toSeconds()
                    + " s; so far it printed: " + text(out) + text(err));
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
