package org.statustray.bench;

import java.util.Arrays;
import java.util.List;

/**
 * One measured figure: its samples, the floor it is compared with (measured in the same run), and the
 * target beside it. {@code met} is null when the figure has no target of its own.
 */
public record Figure(String group, String name, String unit, List<Double> samples, String floorName,
        List<Double> floorSamples, String target, Boolean met, String note) {

    public static Figure of(String group, String name, String unit, List<Double> samples) {
        return new Figure(group, name, unit, List.copyOf(samples), null, List.of(), null, null, null);
    }

    public Figure floor(String floor, List<Double> floorValues) {
        return new Figure(group, name, unit, samples, floor, List.copyOf(floorValues), target, met, note);
    }

    public Figure target(String text, boolean reached) {
        return new Figure(group, name, unit, samples, floorName, floorSamples, text, reached, note);
    }

    public Figure note(String text) {
        return new Figure(group, name, unit, samples, floorName, floorSamples, target, met, text);
    }

    public double median() {
        return median(samples);
    }

    public double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Median over the floor's median; NaN without a floor. */
    public double ratio() {
        return floorSamples.isEmpty() ? Double.NaN : median() / median(floorSamples);
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
