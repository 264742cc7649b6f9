package org.statustray.desktop;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.statustray.model.Status;

/**
 * Status icons drawn at run time, colour <em>and</em> shape per status (icons/README.md): green circle with a
 * tick, blue rounded square with a wrench, amber triangle with "!", orange diamond with a bar, red octagon
 * with a cross, grey dashed circle with "?". Drawn on a 32-unit grid, like the SVGs, and scaled.
 */
public final class StatusIcons {
    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 1024;
    private static final float GLYPH_WIDTH = 3f;
    /** Below 24 px a 3-unit stroke blurs into the fill; keep the glyph at least this many pixels wide. */
    private static final float MIN_GLYPH_PIXELS = 1.8f;

    private StatusIcons() {
    }

    /** The fill colour of a status's icon. */
    public static Color colour(Status status) {
        return switch (status) {
            case OPERATIONAL -> new Color(0x2da44e);
            case MAINTENANCE -> new Color(0x218bff);
            case DEGRADED -> new Color(0xd4a72c);
            case PARTIAL_OUTAGE -> new Color(0xe16f24);
            case MAJOR_OUTAGE -> new Color(0xcf222e);
            case UNKNOWN -> new Color(0x8c959f);
        };
    }

    private static Color outline(Status status) {
        return switch (status) {
            case OPERATIONAL -> new Color(0x1a7f37);
            case MAINTENANCE -> new Color(0x0969da);
            case DEGRADED -> new Color(0x9a6700);
            case PARTIAL_OUTAGE -> new Color(0xbc4c00);
            case MAJOR_OUTAGE -> new Color(0xa40e26);
            case UNKNOWN -> new Color(0x6e7781);
        };
    }

    /** A square ARGB image of {@code size} pixels, transparent around the shape. Readable from 16 px. */
    public static BufferedImage render(Status status, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("icon size out of range: " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 32.0, size / 32.0);
            Shape body = body(status);
            g.setColor(colour(status));
            g.fill(body);
            g.setColor(outline(status));
            g.setStroke(status == Status.UNKNOWN
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 2f}, 0f)
                    : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(body);
            g.setColor(Color.WHITE);
            float glyphWidth = Math.max(GLYPH_WIDTH, MIN_GLYPH_PIXELS * 32f / size);
            g.setStroke(new BasicStroke(glyphWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            drawGlyph(g, status, glyphWidth);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The icon as PNG bytes. */
    public static byte[] png(Status status, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(status, size), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        }
        return out.toByteArray();
    }

    private static Shape body(Status status) {
        return switch (status) {
            case OPERATIONAL, UNKNOWN -> new Ellipse2D.Double(3, 3, 26, 26);
            case MAINTENANCE -> new RoundRectangle2D.Double(3, 3, 26, 26, 10, 10);
            case DEGRADED -> polygon(16, 3, 30, 28, 2, 28);
            case PARTIAL_OUTAGE -> polygon(16, 2, 30, 16, 16, 30, 2, 16);
            case MAJOR_OUTAGE -> polygon(10.6, 3, 21.4, 3, 29, 10.6, 29, 21.4, 21.4, 29, 10.6, 29, 3, 21.4, 3, 10.6);
        };
    }

    private static void drawGlyph(Graphics2D g, Status status, float width) {
        switch (status) {
            case OPERATIONAL -> g.draw(polyline(9.5, 16.5, 14, 21, 22.5, 12));
            case MAINTENANCE -> { // a spanner: a handle and an open ring, jaw towards the top right
                g.draw(new Line2D.Double(9.5, 22.5, 15.5, 16.5));
                g.draw(new Arc2D.Double(14.5, 8.5, 9, 9, 90, 270, Arc2D.OPEN));
            }
            case DEGRADED -> {
                g.draw(new Line2D.Double(16, 11.5, 16, 18.5));
                g.fill(dot(16, 23.5, 1.9));
            }
            case PARTIAL_OUTAGE -> g.draw(new Line2D.Double(10, 16, 22, 16));
            case MAJOR_OUTAGE -> {
                g.draw(new Line2D.Double(11, 11, 21, 21));
                g.draw(new Line2D.Double(21, 11, 11, 21));
            }
            case UNKNOWN -> {
                Path2D mark = new Path2D.Double();
                mark.append(new Arc2D.Double(12.5, 9, 7, 7, 180, -250, Arc2D.OPEN), false);
                mark.lineTo(16, 18.5);
                g.setStroke(new BasicStroke(width * 0.87f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(mark);
                g.fill(dot(16, 23, 1.7));
            }
        }
    }

    private static Shape dot(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    private static Path2D polyline(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    private static Path2D polygon(double... xy) {
        Path2D path = polyline(xy);
        path.closePath();
        return path;
    }
}
