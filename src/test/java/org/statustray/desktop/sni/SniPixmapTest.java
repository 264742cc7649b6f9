package org.statustray.desktop.sni;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.desktop.icons.TrayIcons;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

class SniPixmapTest {

    @Test
    void pixelsAreArgbInNetworkByteOrderRowByRow() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFF102030);
        image.setRGB(1, 0, 0x80405060);
        image.setRGB(0, 1, 0x00000000);
        image.setRGB(1, 1, 0xFFFFFFFF);

        SniPixmap pixmap = SniPixmap.of(image);

        assertThat(pixmap.width()).isEqualTo(2);
        assertThat(pixmap.height()).isEqualTo(2);
        assertThat(pixmap.getParameters()).hasSize(3);
        assertThat((byte[]) pixmap.getParameters()[2]).containsExactly(
                0xFF, 0x10, 0x20, 0x30, 0x80, 0x40, 0x50, 0x60, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(pixmap.pixel(1, 0)).isEqualTo(0x80405060);
        assertThat(pixmap.pixel(1, 1)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void theItemOffersEverySizeWithTheStatusColourInTheMiddle() {
        TrayState degraded = new TrayState(Status.DEGRADED, "GitHub: degraded", List.of(), false);

        assertThat(SniProperties.pixmaps(degraded)).extracting(SniPixmap::width).containsExactly(16, 22, 24, 32, 48);
        assertThat(SniProperties.pixmaps(degraded)).allSatisfy(p -> assertThat(p.pixel(p.width() / 2, p.height() / 2))
                .isEqualTo(TrayIcons.colour(Status.DEGRADED).getRGB()));
        assertThat(SniProperties.status(degraded)).isEqualTo("NeedsAttention");
        assertThat(SniProperties.status(new TrayState(Status.MAINTENANCE, "", List.of(), false))).isEqualTo("Active");
        assertThat(SniProperties.status(new TrayState(Status.UNKNOWN, "", List.of(), false))).isEqualTo("Active");
    }
}
