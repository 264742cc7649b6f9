package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;
import org.statustray.ui.StatusMark;
import org.statustray.ui.Theme;

/**
 * One band drawn as a bar on a canvas (a quarter can hold hundreds of segments; one node keeps the window
 * quick): each segment in its status's colour, "no data" neutral. The tooltip names the segment under the
 * pointer with its time span; the accessible text sums up the band and its problems. A problem shorter
 * than a pixel is still drawn two pixels wide, over its neighbours, so no outage disappears.
 */
final class BandBar extends Region {
    static final double HEIGHT = 18;
    private static final double MIN_PROBLEM_WIDTH = 2;
    private static final int MAX_PROBLEMS_TOLD = 10;
    private final Canvas canvas = new Canvas();
    private final Rectangle rounded = new Rectangle();
    private final List<TimelineBand.Segment> drawOrder;
    private final List<String> descriptions = new ArrayList<>();
    private final double[] left;
    private final double[] right;
    private final Instant from;
    private final double span;

    BandBar(TimelineBand band, Function<TimelineBand.Segment, String> describe) {
        getStyleClass().add("band-bar");
        List<TimelineBand.Segment> segments = band.segments();
        from = segments.isEmpty() ? Instant.EPOCH : segments.get(0).from();
        Instant to = segments.isEmpty() ? Instant.EPOCH : segments.get(segments.size() - 1).to();
        span = Math.max(1, Duration.between(from, to).toMillis());
        drawOrder = new ArrayList<>(segments);
        drawOrder.sort(Comparator.comparingInt(BandBar::severity)); // worse ones on top
        left = new double[drawOrder.size()];
        right = new double[drawOrder.size()];
        segments.forEach(s -> descriptions.add(describe.apply(s)));
        getChildren().add(canvas);
        rounded.setArcWidth(6);
        rounded.setArcHeight(6);
        setClip(rounded);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMinWidth(120);
        setPrefWidth(520);
        setAccessibleText(summary(band, segments, describe));
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            TimelineBand.Segment under = at(e.getX());
            tip.setText(under == null ? "" : describe.apply(under));
        });
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
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        rounded.setWidth(w);
        rounded.setHeight(h);
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
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

    /** "Actions: 99.6 % uptime; 2 problems: Degraded · 3 Mar 12:20 – …; …". */
    private static String summary(TimelineBand band, List<TimelineBand.Segment> segments,
            Function<TimelineBand.Segment, String> describe) {
        List<TimelineBand.Segment> problems = segments.stream()
                .filter(s -> s.status() != null && s.status().isProblem()).toList();
        StringBuilder sb = new StringBuilder(band.name()).append(": ").append(band.uptimeText()).append(" uptime");
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

    private static Color noData() {
        return Theme.isDark() ? Color.web("#30363D") : Color.web("#D0D7DE");
    }

    private static int severity(TimelineBand.Segment s) {
        Status status = s.status();
        return status == null ? -1 : status.isKnown() ? status.ordinal() : 0;
    }
}
