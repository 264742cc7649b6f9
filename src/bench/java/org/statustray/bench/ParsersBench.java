package org.statustray.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every reader on its largest fixture against the floor on the same bytes, measured by JMH in this run:
 * one forked JVM per case, started with the launcher's own JVM flags (C1 only, serial GC, small heap), as
 * that is how the app parses, except that the heap starts at its maximum (see {@link #forkFlags}). In each
 * fork the iterations alternate floor and reader (see {@link ReaderBenchmarks}); samples are JMH's
 * iteration scores, ten of each. {@code -Dbench.parsers.only=<part of a case id>} (BenchMain run directly) runs a subset.
 */
public final class ParsersBench implements BenchPart {
    static final String GROUP = "Parsers (JMH, average time per parse)";
    static final double TARGET = 1.5;
    private static final int WARMUP = 6;
    private static final int SAMPLES = 10;

    @Override
    public String name() {
        return "parsers";
    }

    @Override
    public void run(BenchContext context, Report report) throws Exception {
        List<ParsersCases.Case> cases = ParsersCases.matching(System.getProperty("bench.parsers.only", ""));
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(ReaderBenchmarks.class.getName()) + "\\.parse$")
                .param("id", cases.stream().map(ParsersCases.Case::id).toArray(String[]::new))
                .param("fixtures", context.fixtures().toAbsolutePath().toString())
                // even counts: iterations alternate floor, case, floor, … (see ReaderBenchmarks)
                .warmupIterations(WARMUP).warmupTime(TimeValue.milliseconds(200))
                .measurementIterations(2 * SAMPLES).measurementTime(TimeValue.milliseconds(150))
                .forks(1)
                .jvmArgs(forkFlags(context.appJvmFlags()).toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        System.out.println("bench: parsers: " + cases.size() + " JMH cases, one fork each");
        Map<String, List<List<Double>>> scores = new HashMap<>();
        for (RunResult result : new Runner(options).run()) {
            scores.put(result.getParams().getParam("id"), floorAndCase(result));
        }
        for (ParsersCases.Case c : cases) {
            if (!c.isReader()) {
                continue;
            }
            List<List<Double>> measured = scores.get(c.id());
            if (measured == null) {
                throw new IllegalStateException("JMH gave no result for " + c.id());
            }
            Figure f = Figure.of(GROUP, figureName(context, c), "µs", measured.get(1))
                    .floor(c.xml() ? "bare StAX pass" : "Jackson readTree", measured.get(0));
            f = f.target("≤ 1.5× floor", f.ratio() <= TARGET);
            List<List<Double>> xmlLayer = scores.get(ParsersCases.xmlLayerId(c.fixture()));
            report.add(xmlLayer == null ? f : f.note(xmlLayerNote(f, xmlLayer)));
        }
    }

    /** The floor's iteration scores (even iterations) and the case's (odd ones). */
    private static List<List<Double>> floorAndCase(RunResult result) {
        List<Double> floor = new ArrayList<>();
        List<Double> subject = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            List<IterationResult> iterations = new ArrayList<>(fork.getIterationResults());
            for (int i = 0; i < iterations.size(); i++) {
                (i % 2 == 0 ? floor : subject).add(iterations.get(i).getPrimaryResult().getScore());
            }
        }
        return List.of(floor, subject);
    }

    /**
     * The launcher's flags with the heap fixed at its maximum from the start: with the launcher's tiny
     * initial heap, each fork's young generation grows its own way and a parse's cost swings with how often
     * it meets a collection (the same floor measured 450 µs in one fork and 800 µs in the next).
     */
    static List<String> forkFlags(List<String> launcher) {
        List<String> flags = new ArrayList<>();
        String max = null;
        for (String flag : launcher) {
            if (flag.startsWith("-Xmx")) {
                max = flag.substring(4);
            }
            if (!flag.startsWith("-Xms")) {
                flags.add(flag);
            }
        }
        if (max != null) {
            flags.add("-Xms" + max);
        }
        return flags;
    }

    /** How much of the ratio the safe XML layer accounts for, measured beside its own floor in its own fork. */
    private static String xmlLayerNote(Figure f, List<List<Double>> measured) {
        double layer = Figure.median(measured.get(1));
        double floor = Figure.median(measured.get(0));
        return String.format(Locale.ROOT, "the safe XML layer alone (SafeXml.parse: the StAX pass plus the element"
                + " tree with its text) measures %s µs beside a bare pass of %s µs, %.2f×; of this reader's %.2f×,"
                + " the rest (%.2f×) is its own work on the entries", Report.num(layer), Report.num(floor),
                layer / floor, f.ratio(), f.ratio() - layer / floor);
    }

    /** {@code gcp read · incidents-gcp-2022-07-01.json (1.3 MB)}. */
    private static String figureName(BenchContext context, ParsersCases.Case c) throws java.io.IOException {
        long bytes = Files.size(context.fixtures().resolve(c.fixture()));
        String file = c.fixture().substring(c.fixture().indexOf('/') + 1);
        return c.format() + " " + (c.kind().equals(ParsersCases.HISTORY) ? "readHistory" : "read") + " · " + file
                + " (" + size(bytes) + ")";
    }

    private static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return bytes >= 1000 ? String.format(Locale.ROOT, "%.0f kB", bytes / 1e3) : bytes + " B";
    }
}
