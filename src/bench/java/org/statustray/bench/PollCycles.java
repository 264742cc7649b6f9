package org.statustray.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The parent's handle on a {@link PollChild}: asks for one cycle at a time and reads back its cost. */
final class PollCycles implements AutoCloseable {
    /** One cycle: its cost, and how many pages answered 200 (read), 304 (unchanged) or failed. */
    record Cycle(PollCycleMeter.Cost cost, int read, int unchanged, int failed) {
    }

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    /** {read, unchanged, failed} of the app's first cycle, made by its start. */
    final int[] first;

    private PollCycles(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String[] ready = expect("ready");
        first = new int[] {Integer.parseInt(ready[1]), Integer.parseInt(ready[2]), Integer.parseInt(ready[3])};
    }

    /** Starts the child on the launcher's JVM flags; returns once the app's first cycle has ended. */
    static PollCycles start(BenchContext context, int port, int n) throws IOException {
        List<String> command = new ArrayList<>(List.of(BenchContext.java()));
        command.addAll(context.appJvmFlags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PollChild.class.getName(),
                Integer.toString(port), Integer.toString(n), context.scratch("poll").toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            return new PollCycles(p);
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    Cycle app() throws IOException {
        return cycle("app");
    }

    Cycle floor() throws IOException {
        return cycle("floor");
    }

    private Cycle cycle(String which) throws IOException {
        in.write(which + "\n");
        in.flush();
        String[] f = expect("cost");
        return new Cycle(new PollCycleMeter.Cost(Double.parseDouble(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4])), Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]));
    }

    private String[] expect(String word) throws IOException {
        String line = out.readLine();
        if (line == null || !line.startsWith(word + " ")) {
            throw new IOException("the poll child said " + line + ", not " + word);
        }
        return line.split(" ");
    }

    @Override
    public void close() {
        try {
            in.write("quit\n");
            in.flush();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
