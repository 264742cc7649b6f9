package org.statustray.desktop.icons;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/**
 * Draws the tray icon for the worst status, at any size, in colour and shape: a green circle with a tick,
 * a blue rounded square with a spanner (maintenance), an amber triangle, an orange diamond and a red
 * octagon with "!" (degraded, partial outage, major outage), a grey dashed circle with "?" (unknown).
 * Snoozed notifications add a dark "z" badge in the bottom-right corner. The centre pixel always shows
 * {@link #colour(Status)}.
 */
public final class TrayIcons {
    /** The sizes a StatusNotifierItem offers its host. */
    public static final List<Integer> SNI_SIZES = List.of(16, 22, 24, 32, 48);

    private static final Color WHITE = new Color(0xFFFFFF);
    private static final Color INK = new Color(0x1F2328);
    private static final Color BADGE = new Color(0x30363D);

    private TrayIcons() {
    }

    /** The colour of the icon's body for a status. */
    public static Color colour(Status status) {
        return switch (status) {
            case OPERATIONAL -> new Color(0x1A7F37);
            case MAINTENANCE -> new Color(0x1F6FEB);
            case DEGRADED -> new Color(0xF2B400);
            case PARTIAL_OUTAGE -> new Color(0xF06A0A);
            case MAJOR_OUTAGE -> new Color(0xD1242F);
            case UNKNOWN -> new Color(0x8C959F);
        };
    }

    /** The colour of the mark drawn on the body: dark on the light amber and orange, white elsewhere. */
    static Color markColour(Status status) {
        return status == Status.DEGRADED || status == Status.PARTIAL_OUTAGE ? INK : WHITE;
    }

    public static BufferedImage render(TrayState state, int size) {
        return render(state.worst(), state.snoozed(), size);
    }

    /** An ARGB image of {@code size} × {@code size} pixels, transparent around the shape. */
    public static BufferedImage render(Status status, boolean snoozed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("icon size must be positive: " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / 100.0, size / 100.0);
            g.setColor(colour(status));
            g.fill(TrayIconShapes.body(status));
            g.setColor(markColour(status));
            g.fill(TrayIconShapes.mark(status));
            if (snoozed) {
                g.setColor(BADGE);
                g.fill(TrayIconShapes.snoozeBadge());
                g.setColor(WHITE);
                g.fill(TrayIconShapes.snoozeMark());
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
