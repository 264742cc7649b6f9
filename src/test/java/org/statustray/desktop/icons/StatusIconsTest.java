package org.statustray.desktop.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.Status;

class StatusIconsTest {

    @ParameterizedTest
    @EnumSource(Status.class)
    void theIconIsMostlyItsStatusColourAndOpaqueAtTheCentre(Status status) {
        BufferedImage icon = StatusIcons.render(status, 48);

        assertThat(icon.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(alpha(icon.getRGB(24, 24))).isEqualTo(255);
        assertThat(alpha(icon.getRGB(0, 0))).as("transparent corner").isZero();
        assertThat(mostCommonOpaqueColour(icon)).isEqualTo(StatusIcons.colour(status).getRGB() & 0xffffff);
        assertThat(opaqueColours(icon).keySet()).as("a glyph that stands out from the fill")
                .anyMatch(rgb -> contrast(rgb, StatusIcons.colour(status).getRGB()) > 100);
    }

    @Test
    void theColoursAreThoseOfTheIconSources() {
        assertThat(StatusIcons.colour(Status.OPERATIONAL)).isEqualTo(new Color(0x1a7f37));
        assertThat(StatusIcons.colour(Status.MAJOR_OUTAGE)).isEqualTo(new Color(0xd1242f));
        assertThat(StatusIcons.colour(Status.UNKNOWN)).isEqualTo(new Color(0x8c959f));
    }

    @Test
    void everyStatusHasItsOwnShape() {
        Map<Status, boolean[]> masks = new EnumMap<>(Status.class);
        Map<Status, Integer> opaque = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            boolean[] mask = mask(StatusIcons.render(status, 48));
            masks.put(status, mask);
            opaque.put(status, count(mask));
        }
        assertThat(opaque.values()).doesNotHaveDuplicates();
        for (Status a : Status.values()) {
            for (Status b : Status.values()) {
                if (a.ordinal() < b.ordinal()) {
                    assertThat(difference(masks.get(a), masks.get(b))).as(a + " vs " + b).isGreaterThan(48 * 48 / 100);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 22, 24})
    void smallTrayIconsStillShowColourAndGlyph(int size) {
        for (Status status : Status.values()) {
            BufferedImage icon = StatusIcons.render(status, size);
            assertThat(count(mask(icon))).as(status + " at " + size).isGreaterThan(size * size / 3);
            assertThat(mostCommonOpaqueColour(icon)).isEqualTo(StatusIcons.colour(status).getRGB() & 0xffffff);
            assertThat(opaqueColours(icon).keySet()).as("fill and a glyph that stands out")
                    .anyMatch(rgb -> contrast(rgb, StatusIcons.colour(status).getRGB()) > 100);
        }
    }

    @Test
    void drawsLargeIconsAndRefusesNonsenseSizes() {
        assertThat(StatusIcons.render(Status.DEGRADED, 512).getWidth()).isEqualTo(512);
        assertThatThrownBy(() -> StatusIcons.render(Status.DEGRADED, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    /** Difference in luma, 0–255: white on green and dark ink on amber both count. */
    private static int contrast(int a, int b) {
        return Math.abs(luma(a) - luma(b));
    }

    private static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }


    private static Map<Integer, Integer> opaqueColours(BufferedImage icon) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                int argb = icon.getRGB(x, y);
                if (alpha(argb) == 255) {
                    counts.merge(argb & 0xffffff, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static int mostCommonOpaqueColour(BufferedImage icon) {
        return opaqueColours(icon).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static boolean[] mask(BufferedImage icon) {
        boolean[] mask = new boolean[icon.getWidth() * icon.getHeight()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = alpha(icon.getRGB(i % icon.getWidth(), i / icon.getWidth())) >= 128;
        }
        return mask;
    }

    private static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static int difference(boolean[] a, boolean[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }
}
