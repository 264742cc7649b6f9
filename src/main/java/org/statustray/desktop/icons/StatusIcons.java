package org.statustray.desktop.icons;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.statustray.model.Status;

/**
 * The status icons of notifications and menus: the very pictures of the tray ({@link TrayIcons}), so a
 * bubble's icon and the tray's always agree.
 */
public final class StatusIcons {
    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 1024;

    private StatusIcons() {
    }

    /** The body colour of a status's icon. */
    public static Color colour(Status status) {
        return TrayIcons.colour(status);
    }

    /** A square ARGB image of {@code size} pixels, transparent around the shape. Readable from 16 px. */
    public static BufferedImage render(Status status, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("icon size out of range: " + size);
        }
        return TrayIcons.render(status, false, size);
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
}
