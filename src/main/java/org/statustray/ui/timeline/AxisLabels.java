package org.statustray.ui.timeline;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The time axis under the bars: each label centred on its time, kept inside the row. */
final class AxisLabels extends Region {
    private final List<TimelineAxis.Tick> ticks;

    AxisLabels(List<TimelineAxis.Tick> ticks) {
        this.ticks = List.copyOf(ticks);
        getStyleClass().add("timeline-axis");
        for (TimelineAxis.Tick t : this.ticks) {
            Label l = new Label(t.label());
            l.getStyleClass().addAll("muted", "small");
            l.setUserData(t);
            getChildren().add(l);
        }
        setMinWidth(120);
        setPrefWidth(520);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getChildren().stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        for (var n : getChildren()) {
            TimelineAxis.Tick t = (TimelineAxis.Tick) n.getUserData();
            double lw = n.prefWidth(-1);
            double x = Math.max(0, Math.min(w - lw, t.position() * w - lw / 2));
            n.resizeRelocate(x, 0, lw, n.prefHeight(-1));
        }
    }

    List<TimelineAxis.Tick> ticks() {
        return ticks;
    }
}
