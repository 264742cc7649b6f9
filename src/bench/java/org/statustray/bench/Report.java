package org.statustray.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects figures from every part, thread-safely, and prints each as it comes. */
public final class Report {
    private final List<Figure> figures = new ArrayList<>();

    public synchronized void add(Figure f) {
        figures.add(f);
        System.out.println("bench: " + line(f));
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    static String line(Figure f) {
        StringBuilder b = new StringBuilder(f.group()).append(" / ").append(f.name()).append(": ")
                .append(num(f.median())).append(' ').append(f.unit())
                .append(" (").append(num(f.min())).append('–').append(num(f.max())).append(", n=")
                .append(f.samples().size()).append(')');
        if (!f.floorSamples().isEmpty()) {
            b.append(String.format(Locale.ROOT, "; %.2f× %s (%s)", f.ratio(), f.floorName(), num(Figure.median(f.floorSamples()))));
        }
        if (f.target() != null) {
            b.append("; target ").append(f.target()).append(Boolean.TRUE.equals(f.met()) ? " MET" : " NOT MET");
        }
        return b.toString();
    }

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
