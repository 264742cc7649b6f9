package org.statustray.ui.all;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.statustray.model.Status;
import org.statustray.store.OverlapSpans;
import org.statustray.store.StatusSegments;
import org.statustray.ui.StatusMark;
import org.statustray.ui.Theme;

/**
 * One service's band on one canvas (90 days of 50 services stay 50 nodes): each stretch in its status's
 * colour, "no data" neutral, a problem shorter than a pixel still two pixels wide, and every overlap span
 * outlined across it. Hovering tells who was down then and why; focused, the tooltip tells the band's summary
 * and Left/Right (Home/End) step through its stretches; a click or Enter opens the service's timeline.
 */
final class AllBandBar extends Region {
    static final double HEIGHT = 20;
    private static final double MIN_PROBLEM_WIDTH = 2;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private final ServiceBand band;
    private final List<AllServicesModel.Highlight> highlights;
    private final AllServicesModel model;
    private final Instant from;
    private final double span;
    private final Runnable open;
    /** The stretch chosen by keyboard, or -1 for the summary. */
    private int cursor = -1;

    AllBandBar(ServiceBand band, AllServicesModel model, Runnable open) {
        this.band = band;
        this.model = model;
        this.highlights = List.copyOf(model.highlights());
        this.open = open;
        this.from = model.since();
        this.span = Math.max(1, Duration.between(model.since(), model.at()).toMillis());
        getStyleClass().add("all-band");
        setId("band-" + band.serviceId());
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMinWidth(160);
        setPrefWidth(640);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(model.summary(band));
        tip.setShowDelay(javafx.util.Duration.millis(150));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setText(getAccessibleText());
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(describeAt(e.getX())));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open.run();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, is) -> {
            cursor = -1;
            layoutChildren();
            if (is) {
                showTip(getAccessibleText(), 0);
            } else {
                tip.hide();
            }
        });
    }

    ServiceBand band() {
        return band;
    }

    /** What hovering at {@code x} tells (the model's words for that instant). */
    String describeAt(double x) {
        double w = Math.max(1, getWidth());
        Instant t = from.plusMillis((long) (Math.max(0, Math.min(x, w - 1)) / w * span));
        return model.describeAt(band, t);
    }

    String tipText() {
        return tip.getText();
    }

    boolean tipShowing() {
        return tip.isShowing();
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            open.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        for (StatusSegments.Segment s : band.segments()) { // the known first, problems over them
            if (!OverlapSpans.isDown(s.status())) {
                g.setFill(s.status() == null ? noData() : StatusMark.colour(s.status()));
                g.fillRect(x(s.from(), w), 0, Math.max(0.5, x(s.to(), w) - x(s.from(), w)), h);
            }
        }
        for (StatusSegments.Segment s : band.segments()) {
            Status status = s.status();
            if (status != null && OverlapSpans.isDown(status)) {
                double left = x(s.from(), w);
                double width = Math.max(MIN_PROBLEM_WIDTH, x(s.to(), w) - left);
                g.setFill(StatusMark.colour(status));
                g.fillRect(Math.max(0, Math.min(left, w - width)), 0, width, h);
            }
        }
        g.setStroke(overlapColour());
        g.setLineWidth(2);
        for (AllServicesModel.Highlight o : highlights) {
            double left = x(o.from(), w);
            double width = Math.max(MIN_PROBLEM_WIDTH, x(o.to(), w) - left);
            g.strokeRect(Math.max(1, left), 1, Math.max(1, Math.min(width, w - 2)), h - 2);
        }
        if (isFocused()) {
            g.setStroke(focusColour());
            g.setLineWidth(2);
            double[] e = cursor < 0 ? new double[] {0, w} : edges(cursor, w);
            g.strokeRect(Math.max(1, e[0]), 1, Math.max(2, Math.min(w - 1, e[1]) - Math.max(1, e[0])), h - 2);
        }
    }

    private void key(KeyEvent e) {
        int n = band.segments().size();
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            e.consume();
            open.run();
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
        if (next == -2 || n == 0) {
            return;
        }
        e.consume();
        cursor = next;
        layoutChildren();
        if (cursor < 0) {
            showTip(getAccessibleText(), 0);
        } else {
            StatusSegments.Segment s = band.segments().get(cursor);
            showTip(model.describeAt(band, s.from()), edges(cursor, getWidth())[0]);
        }
    }

    private void showTip(String text, double x) {
        tip.setText(text);
        Point2D at = localToScreen(Math.max(0, x), getHeight() + 4);
        if (at != null && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            tip.show(this, at.getX(), at.getY());
        }
    }

    private double[] edges(int i, double w) {
        StatusSegments.Segment s = band.segments().get(i);
        return new double[] {x(s.from(), w), x(s.to(), w)};
    }

    private double x(Instant t, double w) {
        return Duration.between(from, t).toMillis() / span * w;
    }

    private static Color noData() {
        return Theme.isDark() ? Color.web("#30363D") : Color.web("#D0D7DE");
    }

    /** The outline of a span when two or more were down: the same on every band, so it reads as one column. */
    static Color overlapColour() {
        return Theme.isDark() ? Color.web("#D2A8FF") : Color.web("#8250DF");
    }

    private static Color focusColour() {
        return Theme.isDark() ? Color.web("#E6EDF3") : Color.web("#0969DA");
    }
}
