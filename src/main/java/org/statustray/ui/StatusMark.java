package org.statustray.ui;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import org.statustray.model.Status;

/**
 * A status drawn as the tray draws it: the same colour and the same outline per status (circle, rounded
 * square, triangle, diamond, octagon, dashed ring), so colour is never the only cue.
 */
public final class StatusMark {
    private StatusMark() {
    }

    /** The tray's palette; the same values as the tray icon renderer. */
    public static Color colour(Status status) {
        return switch (status) {
            case OPERATIONAL -> Color.web("#1A7F37");
            case MAINTENANCE -> Color.web("#1F6FEB");
            case DEGRADED -> Color.web("#F2B400");
            case PARTIAL_OUTAGE -> Color.web("#F06A0A");
            case MAJOR_OUTAGE -> Color.web("#D1242F");
            case UNKNOWN -> Color.web("#8C959F");
        };
    }

    /** Dark ink on the light bodies (amber, orange), white elsewhere, as on the tray icon. */
    static Color ink(Status status) {
        return status == Status.DEGRADED || status == Status.PARTIAL_OUTAGE ? Color.web("#1F2328") : Color.WHITE;
    }

    /** A mark {@code size} pixels square, with the status as its accessible text. */
    public static Node of(Status status, double size) {
        Shape body = body(status);
        body.setFill(colour(status));
        SVGPath mark = new SVGPath();
        mark.setContent(markPath(status));
        mark.setFill(null);
        mark.setStroke(ink(status));
        mark.setStrokeWidth(12);
        mark.setStrokeLineCap(StrokeLineCap.ROUND);
        mark.setStrokeLineJoin(StrokeLineJoin.ROUND);
        Group drawn = new Group(transparentSquare(), body, mark);
        drawn.getTransforms().add(new Scale(size / 100, size / 100)); // a Group's bounds include its children's transforms
        Group sized = new Group(drawn);
        sized.getStyleClass().addAll("status-mark", "status-" + cssName(status));
        sized.setAccessibleText(status.words());
        sized.setUserData(status);
        return sized;
    }

    /** The status as style sheets name it: {@code partial-outage}. */
    public static String cssName(Status status) {
        return status.wireName().replace('_', '-');
    }

    private static Shape body(Status status) {
        return switch (status) {
            case OPERATIONAL -> new Circle(50, 50, 46);
            case MAINTENANCE -> rounded();
            case DEGRADED -> path("M50 3 L98 90 L2 90 Z");
            case PARTIAL_OUTAGE -> path("M50 1 L99 50 L50 99 L1 50 Z");
            case MAJOR_OUTAGE -> path("M31 3 L69 3 L97 31 L97 69 L69 97 L31 97 L3 69 L3 31 Z");
            case UNKNOWN -> unknown();
        };
    }

    private static String markPath(Status status) {
        return switch (status) {
            case OPERATIONAL -> "M26 52 L44 70 L76 36";
            case MAINTENANCE -> "M28 72 L56 44 M56 44 A14 14 0 1 1 70 30";
            case DEGRADED -> "M50 34 L50 58 M50 76 L50 76.5";
            case PARTIAL_OUTAGE -> "M50 26 L50 52 M50 70 L50 70.5";
            case MAJOR_OUTAGE -> "M35 35 L65 65 M65 35 L35 65";
            case UNKNOWN -> "M38 38 C38 22 62 22 62 36 C62 46 50 45 50 56 M50 68 L50 68.5";
        };
    }

    private static Rectangle transparentSquare() {
        Rectangle r = new Rectangle(100, 100);
        r.setFill(Color.TRANSPARENT);
        return r;
    }

    private static Shape rounded() {
        Rectangle r = new Rectangle(6, 6, 88, 88);
        r.setArcWidth(30);
        r.setArcHeight(30);
        return r;
    }

    private static Shape unknown() {
        Circle ring = new Circle(50, 50, 43);
        ring.getStrokeDashArray().addAll(15.0, 12.0);
        ring.setStrokeWidth(9);
        ring.setStroke(colour(Status.UNKNOWN));
        return ring;
    }

    private static SVGPath path(String d) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        return p;
    }
}
