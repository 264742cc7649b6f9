package org.statustray.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark parts and writes {@code BENCHMARKS.md} and {@code results.json} into the output
 * directory. Parts run one after the other; the process part leaves its idle apps running meanwhile
 * (they hardly use the CPU) and measures them last. Parts: process, parsers, poll, store, probe (or all).
 */
public final class BenchMain {
    static final List<String> ORDER = List.of("process", "parsers", "poll", "store", "probe");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        BenchContext context = new BenchContext(Path.of(System.getProperty("bench.jar", "target/statustray.jar")),
                Path.of(System.getProperty("bench.fixtures", "src/test/resources/fixtures")), out,
                Integer.getInteger("bench.idleMinutes", 6), LauncherFlags.read());
        String wanted = System.getProperty("bench.parts", "all");
        List<String> names = wanted.equals("all") ? ORDER : List.of(wanted.split(","));
        Report report = new Report();
        List<BenchPart> parts = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String name : names) {
            BenchPart part = load(name);
            System.out.println("bench: === " + name);
            try {
                part.run(context, report);
                parts.add(part);
            } catch (Exception | Error e) {
                failed.add(name + ": " + e);
                e.printStackTrace();
            }
        }
        for (BenchPart part : parts) {
            try {
                part.finish(context, report);
            } catch (Exception | Error e) {
                failed.add(part.name() + ": " + e);
                e.printStackTrace();
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        new BenchWriter(report.figures(), context, minutes, failed).write(out);
        System.out.printf("bench: done in %.1f min; %s%n", minutes, out.resolve("BENCHMARKS.md"));
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    private static BenchPart load(String name) throws ReflectiveOperationException {
        String simple = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Bench";
        return (BenchPart) Class.forName(BenchMain.class.getPackageName() + "." + simple)
                .getDeclaredConstructor().newInstance();
    }
}
