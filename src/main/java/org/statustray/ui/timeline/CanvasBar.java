package org.statustray.ui.timeline;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.statustray.ui.Theme;

/**
 * A band drawn as a bar on one canvas (a quarter can hold hundreds of stretches; one node keeps the window
 * light): rounded, of a fixed height. Its tooltip always has something to say: the stretch under the pointer,
 * or the band's summary. The bar takes keyboard focus; focused, it shows its summary as a tooltip at once
 * (a keyboard user has no pointer to hover with), and Left/Right (Home/End) step through its stretches, the
 * tooltip following.
 */
abstract class CanvasBar extends Region {
    static final double HEIGHT = 18;
    private static final double TIP_WIDTH = 520;
    private final Canvas canvas = new Canvas();
    private final Rectangle rounded = new Rectangle();
    private final Tooltip tip = new Tooltip();
    /** The stretch chosen by keyboard, or -1 for the summary. */
    private int cursor = -1;
    private boolean laidOut;
    /** Focused before its first layout (a bar just made to keep the focus over a reload): no place to show yet. */
    private boolean tipWaits;

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
        setFocusTraversable(true);
        tip.setShowDelay(javafx.util.Duration.millis(150));
        tip.setWrapText(true);
        tip.setMaxWidth(TIP_WIDTH);
        // A long text measured unwrapped makes the popup as wide as the screen, which then moves it off its
        // anchor to fit; a long one gets its wrapped width from the start.
        tip.textProperty().addListener((obs, was, is) -> tip.setPrefWidth(
                is != null && is.length() > 70 ? TIP_WIDTH : Region.USE_COMPUTED_SIZE));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tip.setText(orSummary(describeAt(e.getX()))));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(orSummary(describeAt(e.getX()))));
        addEventHandler(KeyEvent.KEY_PRESSED, this::step);
        focusedProperty().addListener((obs, was, is) -> {
            redraw();
            if (is) {
                tipWaits = !laidOut;
                if (laidOut) {
                    showTip();
                }
            } else {
                cursor = -1;
                tip.hide();
            }
        });
        accessibleTextProperty().addListener((obs, was, is) -> tip.setText(orSummary("")));
    }

    /** What the tooltip says with the pointer at {@code x}; empty over nothing. */
    abstract String describeAt(double x);

    /** How many stretches the keyboard steps through. */
    abstract int stops();

    /** The stretch {@code i}, in time order, as the tooltip tells it. */
    abstract String describeStop(int i);

    /** Where stretch {@code i} is drawn on a bar {@code w} wide: its left and right edges. */
    abstract double[] stopEdges(int i, double w);

    /** Draws the bar on a cleared canvas {@code w} by {@code h}. */
    abstract void draw(GraphicsContext g, double w, double h);

    /** The tooltip's text now: what the keyboard chose, or the summary. */
    String tipText() {
        return tip.getText();
    }

    boolean tipShowing() {
        return tip.isShowing();
    }

    /** Where the tooltip's window is on the screen: its left and top. */
    Point2D tipAt() {
        return new Point2D(tip.getX(), tip.getY());
    }

    /** The stretch the keyboard chose (-1: none), to carry over to the bar that replaces this one. */
    int cursor() {
        return cursor;
    }

    /** Chooses stretch {@code i} (-1: none), as the keyboard would; for a bar replacing a focused one. */
    void choose(int i) {
        cursor = Math.max(-1, Math.min(stops() - 1, i));
    }

    @Override
    protected final void layoutChildren() {
        redraw();
        laidOut = true;
        if (tipWaits && isFocused()) {
            tipWaits = false;
            showTip();
        }
    }

    private void redraw() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        rounded.setWidth(w);
        rounded.setHeight(h);
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        draw(g, w, h);
        if (isFocused()) { // the focus ring is drawn on the canvas: the bar's own border would be under it
            g.setStroke(focusColour());
            g.setLineWidth(2);
            double[] edges = cursor < 0 ? new double[] {0, w} : stopEdges(cursor, w);
            double left = Math.max(1, edges[0] + 1);
            double right = Math.min(w - 1, Math.max(left + 2, edges[1] - 1));
            g.strokeRect(left, 1, right - left, h - 2);
        }
    }

    private void step(KeyEvent e) {
        int n = stops();
        if (n == 0) {
            return;
        }
        int next = switch (e.getCode()) {
            case RIGHT, KP_RIGHT -> cursor < 0 ? 0 : Math.min(n - 1, cursor + 1);
            case LEFT, KP_LEFT -> cursor < 0 ? n - 1 : Math.max(0, cursor - 1);
            case HOME -> 0;
            case END -> n - 1;
            case ESCAPE -> -1;
            default -> -2;
        };
        if (next == -2) {
            return;
        }
        e.consume();
        cursor = next;
        redraw();
        showTip();
    }

    private void showTip() {
        double x = cursor < 0 ? 0 : stopEdges(cursor, getWidth())[0];
        tip.setText(cursor < 0 ? orSummary("") : describeStop(cursor));
        Point2D at = localToScreen(Math.max(0, x), getHeight() + 4);
        if (at != null && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            tip.show(this, at.getX(), at.getY());
        }
    }

    private String orSummary(String said) {
        String summary = getAccessibleText();
        return !said.isEmpty() || summary == null ? said : summary;
    }

    /** The colour of a stretch with nothing known. */
    static Color noData() {
        return Theme.isDark() ? Color.web("#30363D") : Color.web("#D0D7DE");
    }

    private static Color focusColour() {
        return Theme.isDark() ? Color.web("#E6EDF3") : Color.web("#0969DA");
    }
}
