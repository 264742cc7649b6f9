package org.statustray.desktop.sni;

import java.awt.image.BufferedImage;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** One icon image as StatusNotifierItem sends it, {@code (iiay)}: ARGB32 pixels in network byte order. */
public final class SniPixmap extends Struct {
    @Position(0)
    private final int width;
    @Position(1)
    private final int height;
    @Position(2)
    private final byte[] argb;

    public SniPixmap(int width, int height, byte[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /** Row by row, each pixel as the bytes A, R, G, B. */
    public static SniPixmap of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] bytes = new byte[pixels.length * 4];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            bytes[4 * i] = (byte) (p >>> 24);
            bytes[4 * i + 1] = (byte) (p >>> 16);
            bytes[4 * i + 2] = (byte) (p >>> 8);
            bytes[4 * i + 3] = (byte) p;
        }
        return new SniPixmap(width, height, bytes);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at (x, y) as an ARGB int. */
    public int pixel(int x, int y) {
        int i = 4 * (y * width + x);
        return (argb[i] & 0xFF) << 24 | (argb[i + 1] & 0xFF) << 16 | (argb[i + 2] & 0xFF) << 8 | argb[i + 3] & 0xFF;
    }
}
