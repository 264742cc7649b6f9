package org.statustray.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.statustray.ui.Theme;

/**
 * A band drawn as a bar on one canvas (a quarter can hold hundreds of stretches; one node keeps the window
 * light): rounded, of a fixed height, with a tooltip for what is under the pointer.
 */
abstract class CanvasBar extends Region {
    static final double HEIGHT = 18;
    private final Canvas canvas = new Canvas();
    private final Rectangle rounded = new Rectangle();

    CanvasBar(String styleClass) {
        getStyleClass().add(styleClass);
        getChildren().add(canvas);
        rounded.setArcWidth(6);
        rounded.setArcHeight(6);
        setClip(rounded);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMinWidth(120);
        setPrefWidth(520);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(describeAt(e.getX())));
    }

    /** What the tooltip says with the pointer at {@code x}; empty over nothing. */
    abstract String describeAt(double x);

    /** Draws the bar on a cleared canvas {@code w} by {@code h}. */
    abstract void draw(GraphicsContext g, double w, double h);

    @Override
    protected final void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        rounded.setWidth(w);
        rounded.setHeight(h);
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        draw(g, w, h);
    }

    /** The colour of a stretch with nothing known. */
    static Color noData() {
        return Theme.isDark() ? Color.web("#30363D") : Color.web("#D0D7DE");
    }
}
