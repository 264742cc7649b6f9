package org.statustray.ui;

import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.statustray.model.Status;

/**
 * A status word in the colour of its mark, wherever a window colours one: the hue is the mark's
 * ({@link StatusMark#colour}), only darkened on a light background or lightened on a dark one until it reads
 * (WCAG contrast 4.5:1). So "partial outage" is orange and "major outage" red, as their marks are; one source
 * for every window.
 */
public final class StatusText {
    static final Color LIGHT_BACKGROUND = Color.WHITE;
    /** Primer dark's default background. */
    static final Color DARK_BACKGROUND = Color.web("#0D1117");
    static final double READABLE = 4.5;

    private StatusText() {
    }

    /** The text colour of a status word in the theme in force. */
    public static Color colour(Status status) {
        return colour(status, Theme.isDark());
    }

    /** The mark's colour, made readable on the theme's background without leaving its hue. */
    public static Color colour(Status status, boolean dark) {
        Color c = StatusMark.colour(status);
        Color background = dark ? DARK_BACKGROUND : LIGHT_BACKGROUND;
        double hue = c.getHue();
        double saturation = c.getSaturation();
        double brightness = c.getBrightness();
        for (int i = 0; i < 100 && contrast(c, background) < READABLE; i++) {
            if (!dark) {
                brightness = Math.max(0, brightness - 0.02);
            } else if (brightness < 1) {
                brightness = Math.min(1, brightness + 0.02);
            } else {
                saturation = Math.max(0, saturation - 0.02);
            }
            c = Color.hsb(hue, saturation, brightness);
        }
        return c;
    }

    /** A label showing {@code text} in the colour of {@code status}'s mark. */
    public static Label word(String text, Status status) {
        Label l = new Label(text);
        l.getStyleClass().addAll("status-word", "status-word-" + StatusMark.cssName(status));
        l.setTextFill(colour(status));
        return l;
    }

    /** WCAG contrast ratio of two colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
