package org.statustray.desktop.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Status;

class StatusIconFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesOnePngPerStatusOnFirstUse() throws Exception {
        StatusIconFiles files = new StatusIconFiles(dir.resolve("cache/icons"));
        Set<String> uris = new HashSet<>();
        for (Status status : Status.values()) {
            String uri = files.uri(status).orElseThrow();
            uris.add(uri);
            BufferedImage image = ImageIO.read(Path.of(URI.create(uri)).toFile());
            assertThat(image.getWidth()).isEqualTo(48);
            assertThat(image.getRGB(24, 24) & 0xffffff).isNotZero();
        }
        assertThat(uris).hasSize(Status.values().length);
        try (var listing = Files.list(dir.resolve("cache/icons"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).hasSize(6)
                    .allMatch(name -> name.matches("status-[a-z_]+-48\\.png"));
        }
    }

    @Test
    void writesThemOnce() throws Exception {
        StatusIconFiles files = new StatusIconFiles(dir);
        Path icon = Path.of(URI.create(files.uri(Status.DEGRADED).orElseThrow()));
        Files.delete(icon);

        assertThat(files.uri(Status.DEGRADED)).contains(icon.toUri().toString());
        assertThat(icon).doesNotExist();
        assertThat(new StatusIconFiles(dir).uri(Status.DEGRADED)).isPresent();
        assertThat(icon).exists();
    }

    @Test
    void theDefaultPlaceIsAnAbsoluteCacheDirectory() {
        Path dir = StatusIconFiles.defaultDir();
        assertThat(dir.isAbsolute()).isTrue();
        assertThat(dir.endsWith(Path.of("statustray", "icons"))).as(dir.toString()).isTrue();
    }
}
