package org.statustray.desktop.icons;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.statustray.model.Status;

/**
 * The outlines of the tray icon on a 100 × 100 grid: a body per status and the mark drawn on it.
 * Every mark leaves the middle of the grid (the square 46–58 on both axes) empty, so the icon's
 * centre pixel shows the status colour at every size from 16 px up, odd sizes too.
 */
final class TrayIconShapes {
    private static final BasicStroke MARK_STROKE =
            new BasicStroke(13f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private TrayIconShapes() {
    }

    static Shape body(Status status) {
        return switch (status) {
            case OPERATIONAL -> new Ellipse2D.Double(4, 4, 92, 92);
            case MAINTENANCE -> new RoundRectangle2D.Double(6, 6, 88, 88, 30, 30);
            case DEGRADED -> polygon(50, 3, 98, 90, 2, 90);
            case PARTIAL_OUTAGE -> polygon(50, 1, 99, 50, 50, 99, 1, 50);
            case MAJOR_OUTAGE -> polygon(31, 3, 69, 3, 97, 31, 97, 69, 69, 97, 31, 97, 3, 69, 3, 31);
            case UNKNOWN -> unknownBody();
        };
    }

    static Shape mark(Status status) {
        return switch (status) {
            case OPERATIONAL -> tick();
            case MAINTENANCE -> wrench();
            case DEGRADED -> exclamation(26, 15);
            case PARTIAL_OUTAGE -> exclamation(23, 14);
            case MAJOR_OUTAGE -> exclamation(20, 15);
            case UNKNOWN -> question();
        };
    }

    /** A "z" on a round dark badge in the bottom-right corner, for "notifications snoozed". */
    static Shape snoozeBadge() {
        return new Ellipse2D.Double(58, 58, 42, 42);
    }

    static Shape snoozeMark() {
        Path2D z = new Path2D.Double();
        z.moveTo(69, 69);
        z.lineTo(89, 69);
        z.lineTo(69, 89);
        z.lineTo(89, 89);
        return new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(z);
    }

    /** A tick set low in the circle, its long arm passing below and right of the centre. */
    private static Shape tick() {
        Path2D path = new Path2D.Double();
        path.moveTo(24, 61);
        path.lineTo(44, 81);
        path.lineTo(80, 45);
        return MARK_STROKE.createStrokedShape(path);
    }

    /** An open-ended spanner: its jaw (open to the top right) sits over the centre, the handle runs to the bottom left. */
    private static Shape wrench() {
        double cx = 54;
        double cy = 49;
        Area head = new Area(new Ellipse2D.Double(cx - 24, cy - 24, 48, 48));
        head.subtract(new Area(new Ellipse2D.Double(cx - 11, cy - 11, 22, 22)));
        Area jaw = new Area(new Rectangle2D.Double(cx, cy - 11, 40, 22));
        jaw.transform(AffineTransform.getRotateInstance(Math.toRadians(-45), cx, cy));
        head.subtract(jaw);
        Shape handle = new BasicStroke(15f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(new Line2D.Double(cx - 20, cy + 20, 21, 82));
        head.add(new Area(handle));
        return head;
    }

    /** An exclamation mark whose bar ends just above the centre and whose dot starts just below it. */
    private static Shape exclamation(double top, double width) {
        double left = 50 - width / 2;
        Area mark = new Area(new RoundRectangle2D.Double(left, top, width, 46 - top, width / 2, width / 2));
        mark.add(new Area(new Rectangle2D.Double(left, 38, width, 8)));
        mark.add(new Area(new Ellipse2D.Double(50 - width * 0.6, 58.5, width * 1.2, width * 1.2)));
        return mark;
    }

    /** A question mark: a hook ending just above the centre and a dot just below it. */
    private static Shape question() {
        Path2D hook = new Path2D.Double();
        hook.moveTo(33, 33);
        hook.curveTo(33, 14, 67, 14, 67, 31);
        hook.curveTo(67, 38, 56, 37, 51, 40);
        Area mark = new Area(new BasicStroke(12f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND).createStrokedShape(hook));
        mark.add(new Area(new Ellipse2D.Double(43, 60, 14, 14)));
        return mark;
    }

    /** A grey disc inside a dashed ring: "we could not tell". */
    private static Shape unknownBody() {
        Area body = new Area(new Ellipse2D.Double(15, 15, 70, 70));
        float dash = (float) (Math.PI * 86 / 10);
        BasicStroke dashed = new BasicStroke(9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {dash * 0.55f, dash * 0.45f}, dash * 0.2f);
        body.add(new Area(dashed.createStrokedShape(new Ellipse2D.Double(7, 7, 86, 86))));
        return body;
    }

    private static Shape polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
