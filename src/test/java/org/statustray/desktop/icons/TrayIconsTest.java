package org.statustray.desktop.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.Status;

class TrayIconsTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 17, 20, 22, 24, 25, 30, 32, 33, 48, 64, 128})
    void theCentrePixelShowsTheStatusColourAtEverySize(int size) {
        for (Status status : Status.values()) {
            for (boolean snoozed : new boolean[] {false, true}) {
                BufferedImage icon = TrayIcons.render(status, snoozed, size);
                assertThat(icon.getWidth()).isEqualTo(size);
                assertThat(icon.getHeight()).isEqualTo(size);
                assertThat(icon.getRGB(size / 2, size / 2)).as("%s snoozed=%s at %d px", status, snoozed, size)
                        .isEqualTo(TrayIcons.colour(status).getRGB());
            }
        }
    }

    @Test
    void everyStatusHasItsOwnColour() {
        assertThat(Status.values()).extracting(TrayIcons::colour).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 48})
    void everyStatusHasItsOwnShape(int size) {
        Map<Status, Integer> opaque = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            opaque.put(status, opaquePixels(TrayIcons.render(status, false, size)));
        }
        assertThat(opaque.values()).as("opaque pixels per status at %d px: %s", size, opaque).doesNotHaveDuplicates();
        for (Status a : Status.values()) {
            for (Status b : Status.values()) {
                if (a.ordinal() < b.ordinal()) {
                    assertThat(outlineDifference(a, b, size)).as("%s vs %s at %d px", a, b, size).isGreaterThan(size / 2);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void at16PixelsTheShapeAndItsMarkAreThere(Status status) {
        BufferedImage icon = TrayIcons.render(status, false, 16);
        assertThat(opaquePixels(icon)).isGreaterThan(16 * 16 / 3);
        assertThat(pixelsNear(icon, TrayIcons.markColour(status))).as("mark pixels").isGreaterThanOrEqualTo(8);
        assertThat(pixelsNear(icon, TrayIcons.colour(status))).as("body pixels").isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void snoozingAddsABadgeInTheCorner(Status status) {
        BufferedImage awake = TrayIcons.render(status, false, 24);
        BufferedImage snoozed = TrayIcons.render(status, true, 24);
        int changed = 0;
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 24; x++) {
                if (awake.getRGB(x, y) != snoozed.getRGB(x, y)) {
                    changed++;
                    assertThat(x + y).as("changed pixel (%d, %d) is in the bottom-right corner", x, y).isGreaterThan(24);
                }
            }
        }
        assertThat(changed).isGreaterThan(20);
    }

    @Test
    void aSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> TrayIcons.render(Status.OPERATIONAL, false, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int opaquePixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 >= 0x80) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int outlineDifference(Status a, Status b, int size) {
        BufferedImage one = TrayIcons.render(a, false, size);
        BufferedImage other = TrayIcons.render(b, false, size);
        int count = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if ((one.getRGB(x, y) >>> 24 >= 0x80) != (other.getRGB(x, y) >>> 24 >= 0x80)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int pixelsNear(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y), true);
                int distance = Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue());
                if (c.getAlpha() > 0xC0 && distance < 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
