package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;
import org.statustray.ui.StatusMark;

/**
 * One band drawn as a bar on a canvas (a quarter can hold hundreds of segments; one node keeps the window
 * quick): each segment in its status's colour, "no data" neutral. The tooltip names the segment under the
 * pointer with its time span; the accessible text sums up the band and its problems. A problem shorter
 * than a pixel is still drawn two pixels wide, over its neighbours, so no outage disappears.
 */
final class BandBar extends CanvasBar {
    private static final double MIN_PROBLEM_WIDTH = 2;
    private static final int MAX_PROBLEMS_TOLD = 10;
    private final List<TimelineBand.Segment> segments;
    private final List<TimelineBand.Segment> drawOrder;
    private final List<String> descriptions = new ArrayList<>();
    private final double[] left;
    private final double[] right;
    private final Instant from;
    private final double span;
    private final Function<TimelineBand.Segment, String> describe;

    BandBar(TimelineBand band, Function<TimelineBand.Segment, String> describe) {
        super("band-bar");
        this.describe = describe;
        segments = band.segments();
        from = segments.isEmpty() ? Instant.EPOCH : segments.get(0).from();
        Instant to = segments.isEmpty() ? Instant.EPOCH : segments.get(segments.size() - 1).to();
        span = Math.max(1, Duration.between(from, to).toMillis());
        drawOrder = new ArrayList<>(segments);
        drawOrder.sort(Comparator.comparingInt(BandBar::severity)); // worse ones on top
        left = new double[drawOrder.size()];
        right = new double[drawOrder.size()];
        segments.forEach(s -> descriptions.add(describe.apply(s)));
        setAccessibleText(summary(band, segments, describe));
    }

    @Override
    String describeAt(double x) {
        TimelineBand.Segment under = at(x);
        return under == null ? "" : describe.apply(under);
    }

    @Override
    int stops() {
        return segments.size();
    }

    @Override
    String describeStop(int i) {
        return descriptions.get(i);
    }

    @Override
    double[] stopEdges(int i, double w) {
        TimelineBand.Segment s = segments.get(i);
        double x = Duration.between(from, s.from()).toMillis() / span * w;
        return new double[] {x, x + s.length().toMillis() / span * w};
    }

    /** The segment drawn at {@code x} (the topmost, where a short problem is drawn over its neighbours). */
    TimelineBand.@Nullable Segment at(double x) {
        for (int i = drawOrder.size() - 1; i >= 0; i--) {
            if (x >= left[i] && x < right[i]) {
                return drawOrder.get(i);
            }
        }
        return null;
    }

    /** Every segment's status and time span, in time order. */
    List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        for (int i = 0; i < drawOrder.size(); i++) {
            TimelineBand.Segment s = drawOrder.get(i);
            double x = Duration.between(from, s.from()).toMillis() / span * w;
            double width = s.length().toMillis() / span * w;
            if (s.status() != null && s.status().isProblem() && width < MIN_PROBLEM_WIDTH) {
                width = MIN_PROBLEM_WIDTH;
                x = Math.max(0, Math.min(x, w - width));
            }
            left[i] = x;
            right[i] = x + width;
            g.setFill(s.status() == null ? noData() : StatusMark.colour(s.status()));
            g.fillRect(x, 0, width, h);
        }
    }

    /** "Actions: 99.6 % uptime; 2 problems: Degraded · 3 Mar 12:20 – …; …" (or "… over the 3 d known"). */
    private static String summary(TimelineBand band, List<TimelineBand.Segment> segments,
            Function<TimelineBand.Segment, String> describe) {
        List<TimelineBand.Segment> problems = segments.stream()
                .filter(s -> s.status() != null && s.status().isProblem()).toList();
        StringBuilder sb = new StringBuilder(band.name()).append(": ").append(Uptime.of(segments).spoken());
        if (problems.isEmpty()) {
            return sb.append("; no problems").toString();
        }
        sb.append("; ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        List<TimelineBand.Segment> latest = problems.subList(Math.max(0, problems.size() - MAX_PROBLEMS_TOLD), problems.size());
        sb.append(problems.size() > latest.size() ? ", the latest: " : ": ");
        for (int k = latest.size() - 1; k >= 0; k--) {
            sb.append(describe.apply(latest.get(k))).append(k > 0 ? "; " : "");
        }
        return sb.toString();
    }

    private static int severity(TimelineBand.Segment s) {
        Status status = s.status();
        return status == null ? -1 : status.isKnown() ? status.ordinal() : 0;
    }
}
