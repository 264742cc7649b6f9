package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.testing.Await;

/** What the settings file's watch notices: writes in place, files moved over it, its link's target, a link repointed. */
@Timeout(60)
class ConfigFileWatchTest {
    static final Duration SOON = Duration.ofSeconds(5);

    @TempDir
    Path tmp;
    final List<String> seen = new CopyOnWriteArrayList<>();
    ConfigFileWatch watch;

    @AfterEach
    void close() {
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void aWriteInPlaceAndAFileMovedOverItAreEachReadOnceWholeAndOtherFilesAreNot() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.json"), "{}");
        watch = ConfigFileWatch.start(file, () -> read(file));

        Files.writeString(file, "{\"pollIntervalSeconds\": 90}");
        Await.until(() -> seen.equals(List.of("{\"pollIntervalSeconds\": 90}")), SOON, () -> "in place: " + seen);
        Files.writeString(tmp.resolve("other.json"), "{}");
        Path swap = Files.writeString(tmp.resolve(".config.json.swp"), "{\"pollIntervalSeconds\": 120}");
        Files.move(swap, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        Await.until(() -> seen.size() == 2, SOON, () -> "moved over: " + seen);
        assertThat(seen).containsExactly("{\"pollIntervalSeconds\": 90}", "{\"pollIntervalSeconds\": 120}");
    }

    @Test
    void aLinksTargetIsWatchedAndSoIsTheTargetTheLinkIsPointedToNext() throws Exception {
        Path first = Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("one.json"), "{}");
        Path second = Files.writeString(Files.createDirectories(tmp.resolve("b")).resolve("two.json"), "{}");
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("conf")).resolve("config.json"), first);
        watch = ConfigFileWatch.start(link, () -> read(link));

        Files.writeString(first, "{\"n\": 1}");
        Await.until(() -> seen.contains("{\"n\": 1}"), SOON, () -> "the target: " + seen);
        Path newLink = Files.createSymbolicLink(tmp.resolve("conf/.config.json.new"), second);
        Files.move(newLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Await.until(() -> seen.contains("{}"), SOON, () -> "the link repointed: " + seen);
        Files.writeString(second, "{\"n\": 2}");
        Await.until(() -> seen.contains("{\"n\": 2}"), SOON, () -> "the new target: " + seen);
    }

    @Test
    void somethingThatIsNotARegularFileIsNotWatched() {
        watch = ConfigFileWatch.start(Path.of("/dev/null"), () -> {
            throw new AssertionError("read");
        });
        watch.close();
    }

    private boolean read(Path file) {
        try {
            seen.add(Files.readString(file));
        } catch (IOException e) {
            seen.add("unreadable: " + e);
        }
        return false;
    }
}
