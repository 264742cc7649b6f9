package org.statustray.desktop.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.statustray.model.Status;

/** The committed output of {@code icons/build.sh}: every PNG at its size, a sound .ico and .icns, the tray's look. */
class IconsFolderTest {
    private static final Path ICONS = Path.of("icons");
    private static final List<Integer> SIZES = List.of(16, 22, 24, 32, 48, 64, 128, 256, 512);

    @Test
    void everyIconIsThereAtEverySizeAndNothingElse() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String name : names()) {
            for (int size : SIZES) {
                String file = name + "-" + size + ".png";
                expected.add(file);
                BufferedImage png = read(Files.readAllBytes(ICONS.resolve("png").resolve(file)));
                assertThat(png.getWidth()).as(file).isEqualTo(size);
                assertThat(png.getHeight()).as(file).isEqualTo(size);
                assertThat(png.getRGB(0, 0) >>> 24).as(file + ": transparent corner").isZero();
            }
        }
        try (Stream<Path> files = Files.list(ICONS.resolve("png"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void aStatusIconIsMostlyTheTraysColourForThatStatus(Status status) throws IOException {
        int colour = TrayIcons.colour(status).getRGB() & 0xffffff;
        for (int size : SIZES) {
            assertThat(mostCommonOpaqueColour(png("status-" + status.wireName(), size)))
                    .as("%s at %d px", status, size).isEqualTo(colour);
        }
    }

    /** The SVG sources must stay the tray's own outlines: a few edge pixels may differ in their anti-aliasing. */
    @ParameterizedTest
    @EnumSource(Status.class)
    void aStatusIconHasTheTraysShape(Status status) throws IOException {
        int size = 64;
        BufferedImage drawn = png("status-" + status.wireName(), size);
        BufferedImage tray = TrayIcons.render(status, false, size);
        int differ = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                differ += opaque(drawn.getRGB(x, y)) != opaque(tray.getRGB(x, y)) ? 1 : 0;
                differ += isMark(drawn.getRGB(x, y), status) != isMark(tray.getRGB(x, y), status) ? 1 : 0;
            }
        }
        assertThat(differ).as("pixels unlike the tray's icon").isLessThan(size * size / 50);
    }

    @Test
    void theIcoHoldsTheWindowsSizesAsPngs() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("statustray.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int side = ico.get(entry) == 0 ? 256 : ico.get(entry) & 0xff;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(offset + length).as("entry %d inside the file", i).isLessThanOrEqualTo(ico.capacity());
            BufferedImage image = read(slice(ico.array(), offset, length));
            assertThat(image.getWidth()).as("entry %d", i).isEqualTo(side);
            sizes.add(side);
        }
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(6).contains(16, 32, 48, 256).doesNotHaveDuplicates();
    }

    @Test
    void theIcnsEntriesAddUpAndHoldEveryMacSize() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("statustray.icns")));
        assertThat(type(icns, 0)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(icns.capacity());
        Map<String, Integer> sides = new LinkedHashMap<>();
        int at = 8;
        while (at < icns.capacity()) {
            int length = icns.getInt(at + 4);
            assertThat(length).as("entry at %d", at).isGreaterThan(8);
            sides.put(type(icns, at), read(slice(icns.array(), at + 8, length - 8)).getWidth());
            at += length;
        }
        assertThat(at).as("entries end where the file ends").isEqualTo(icns.capacity());
        assertThat(sides).containsAllEntriesOf(Map.of("ic07", 128, "ic08", 256, "ic09", 512, "ic10", 1024,
                "ic11", 32, "ic12", 64, "ic13", 256, "ic14", 512));
    }

    @Test
    void theWindowIconsAreTheAppIconsPngs() throws IOException {
        Path resources = Path.of("src/main/resources/org/statustray/ui/icons");
        for (int size : List.of(16, 32, 48, 256)) {
            String file = "statustray-" + size + ".png";
            assertThat(resources.resolve(file)).as(file).hasSameBinaryContentAs(ICONS.resolve("png").resolve(file));
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("statustray"));
        for (Status status : Status.values()) {
            names.add("status-" + status.wireName());
        }
        return names;
    }

    private static BufferedImage png(String name, int size) throws IOException {
        return read(Files.readAllBytes(ICONS.resolve("png").resolve(name + "-" + size + ".png")));
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("a readable image").isNotNull();
        return image;
    }

    private static byte[] slice(byte[] bytes, int offset, int length) {
        byte[] part = new byte[length];
        System.arraycopy(bytes, offset, part, 0, length);
        return part;
    }

    private static String type(ByteBuffer buffer, int at) {
        return new String(slice(buffer.array(), at, 4), StandardCharsets.US_ASCII);
    }

    private static boolean opaque(int argb) {
        return argb >>> 24 >= 128;
    }

    /** Nearer the mark's colour than the body's. */
    private static boolean isMark(int argb, Status status) {
        return opaque(argb) && distance(argb, TrayIcons.markColour(status).getRGB())
                < distance(argb, TrayIcons.colour(status).getRGB());
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d += Math.abs((a >> shift & 0xff) - (b >> shift & 0xff));
        }
        return d;
    }

    private static int mostCommonOpaqueColour(BufferedImage icon) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                int argb = icon.getRGB(x, y);
                if (argb >>> 24 == 255) {
                    counts.merge(argb & 0xffffff, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
