package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.statustray.model.Status;
import org.statustray.ui.StatusMark;

/**
 * The probe band drawn on a canvas, a cell at a time: green when every probe answered, amber when some
 * failed, red when all failed, neutral without probes (the tray's colours). The tooltip tells the cell under
 * the pointer with its latency; the accessible text sums up the band and its latest failures.
 */
final class ProbeBar extends CanvasBar {
    static final String NAME = "From this machine";
    private static final int MAX_FAILURES_TOLD = 10;
    private final List<ProbeBand.Cell> cells;
    private final List<String> descriptions = new ArrayList<>();
    private final Instant from;
    private final double span;

    ProbeBar(ProbeBand band, Function<ProbeBand.Cell, String> describe) {
        super("probe-bar");
        cells = band.cells();
        from = cells.get(0).from(); // a band has a cell at least
        span = Math.max(1, Duration.between(from, cells.get(cells.size() - 1).to()).toMillis());
        cells.forEach(c -> descriptions.add(describe.apply(c)));
        setAccessibleText(summary(band));
    }

    @Override
    String describeAt(double x) {
        int i = at(x);
        return i < 0 ? "" : descriptions.get(i);
    }

    @Override
    int stops() {
        return cells.size();
    }

    @Override
    String describeStop(int i) {
        return descriptions.get(i);
    }

    @Override
    double[] stopEdges(int i, double w) {
        ProbeBand.Cell c = cells.get(i);
        double x = Duration.between(from, c.from()).toMillis() / span * w;
        return new double[] {x, x + Duration.between(c.from(), c.to()).toMillis() / span * w};
    }

    /** Every cell's probes, latency and time span, in time order. */
    List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    /** The index of the cell drawn at {@code x}, or -1 outside the bar. */
    int at(double x) {
        double w = getWidth();
        if (w <= 0 || x < 0 || x >= w) {
            return -1;
        }
        Instant t = from.plusMillis((long) (x / w * span));
        for (int i = 0; i < cells.size(); i++) {
            if (t.isBefore(cells.get(i).to())) {
                return i;
            }
        }
        return cells.size() - 1;
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        for (ProbeBand.Cell c : cells) {
            double x = Duration.between(from, c.from()).toMillis() / span * w;
            double width = Duration.between(c.from(), c.to()).toMillis() / span * w;
            g.setFill(colour(c.state()));
            g.fillRect(x, 0, Math.max(width, c.failed() > 0 ? 2 : width), h); // a failure is never thinner than 2 px
        }
    }

    static Color colour(ProbeBand.State state) {
        return switch (state) {
            case ANSWERED -> StatusMark.colour(Status.OPERATIONAL);
            case SOME_FAILED -> StatusMark.colour(Status.DEGRADED);
            case ALL_FAILED -> StatusMark.colour(Status.MAJOR_OUTAGE);
            case NO_DATA -> noData();
        };
    }

    /** "From this machine: 99.2 % of 1440 probes answered; failures in 3 stretches, the latest: …". */
    private String summary(ProbeBand band) {
        StringBuilder sb = new StringBuilder(NAME).append(": ").append(band.answeredText()).append(" of ")
                .append(band.probes()).append(band.probes() == 1 ? " probe answered" : " probes answered");
        List<Integer> failing = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).failed() > 0) {
                failing.add(i);
            }
        }
        if (failing.isEmpty()) {
            return sb.append("; no failures").toString();
        }
        sb.append("; failures in ").append(failing.size()).append(failing.size() == 1 ? " stretch" : " stretches");
        List<Integer> latest = failing.subList(Math.max(0, failing.size() - MAX_FAILURES_TOLD), failing.size());
        sb.append(failing.size() > latest.size() ? ", the latest: " : ": ");
        for (int k = latest.size() - 1; k >= 0; k--) {
            sb.append(descriptions.get(latest.get(k))).append(k > 0 ? "; " : "");
        }
        return sb.toString();
    }
}
