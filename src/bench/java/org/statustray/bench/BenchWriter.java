package org.statustray.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the figures as BENCHMARKS.md tables (grouped, with floor, ratio and target) and as JSON. */
final class BenchWriter {
    private final List<Figure> figures;
    private final BenchContext context;
    private final double minutes;
    private final List<String> failed;

    BenchWriter(List<Figure> figures, BenchContext context, double minutes, List<String> failed) {
        this.figures = figures;
        this.context = context;
        this.minutes = minutes;
        this.failed = failed;
    }

    void write(Path out) throws IOException {
        Files.writeString(out.resolve("BENCHMARKS.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("results.json"), json(), StandardCharsets.UTF_8);
    }

    String markdown() throws IOException {
        StringBuilder b = new StringBuilder();
        Path intro = Path.of(System.getProperty("bench.intro", "src/bench/BENCHMARKS-intro.md"));
        if (Files.exists(intro)) {
            b.append(Files.readString(intro)).append('\n');
        }
        b.append("## Figures of the run of ").append(java.time.LocalDate.now()).append("\n\n");
        b.append("- Machine: ").append(Machine.describe()).append('\n');
        b.append("- Launcher JVM flags (`packaging/jvm-options`): `").append(String.join(" ", context.appJvmFlags()))
                .append("`\n");
        b.append(String.format(Locale.ROOT, "- Whole run: %.1f min%n", minutes));
        failed.forEach(f -> b.append("- **Part failed**: ").append(f).append('\n'));
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        figures.forEach(f -> groups.computeIfAbsent(f.group(), g -> new java.util.ArrayList<>()).add(f));
        for (Map.Entry<String, List<Figure>> g : groups.entrySet()) {
            b.append("\n### ").append(g.getKey()).append("\n\n");
            b.append("| Figure | Median | Min–max | n | Floor (median) | Ratio | Target | Met |\n");
            b.append("|---|---:|---:|---:|---|---:|---|---|\n");
            for (Figure f : g.getValue()) {
                b.append("| ").append(f.name()).append(" | ").append(Report.num(f.median())).append(' ').append(f.unit())
                        .append(" | ").append(Report.num(f.min())).append('–').append(Report.num(f.max()))
                        .append(" | ").append(f.samples().size()).append(" | ")
                        .append(f.floorSamples().isEmpty() ? "" : f.floorName() + " ("
                                + Report.num(Figure.median(f.floorSamples())) + ")")
                        .append(" | ").append(f.floorSamples().isEmpty() ? "" : String.format(Locale.ROOT, "%.2f×", f.ratio()))
                        .append(" | ").append(f.target() == null ? "" : f.target())
                        .append(" | ").append(f.met() == null ? "" : f.met() ? "yes" : "**no**").append(" |\n");
            }
            g.getValue().stream().filter(f -> f.note() != null)
                    .forEach(f -> b.append("\n- ").append(f.name()).append(": ").append(f.note()));
            if (g.getValue().stream().anyMatch(f -> f.note() != null)) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private String json() {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            b.append(String.format(Locale.ROOT,
                    "  {\"group\":%s,\"name\":%s,\"unit\":%s,\"median\":%s,\"samples\":%s,\"floor\":%s,"
                            + "\"floorSamples\":%s,\"ratio\":%s,\"target\":%s,\"met\":%s}",
                    q(f.group()), q(f.name()), q(f.unit()), n(f.median()), f.samples(), q(f.floorName()),
                    f.floorSamples(), n(f.ratio()), q(f.target()), f.met()));
            b.append(i + 1 < figures.size() ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String n(double v) {
        return Double.isNaN(v) ? "null" : Double.toString(v);
    }
}
