package org.statustray.desktop.icons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;
import org.statustray.platform.PrivateFiles;

/**
 * The status icons as PNG files, for notification servers that take an icon by file URI. Written to the
 * directory once per instance, on first use; when they cannot be written, notices go without an icon.
 */
public final class StatusIconFiles {
    private static final System.Logger LOG = System.getLogger(StatusIconFiles.class.getName());
    static final int SIZE = 48;

    private final Path dir;
    private @Nullable Map<Status, String> uris;

    public StatusIconFiles(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_CACHE_HOME/statustray/icons}, or {@code ~/.cache/statustray/icons}. */
    public static Path defaultDir() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()
                ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("statustray").resolve("icons");
    }

    /** The {@code file://} URI of the status's PNG, or empty if the icons could not be written. */
    public synchronized Optional<String> uri(Status status) {
        if (uris == null) {
            uris = writeAll();
        }
        return Optional.ofNullable(uris.get(status));
    }

    private Map<Status, String> writeAll() {
        Map<Status, String> written = new EnumMap<>(Status.class);
        try {
            PrivateFiles.createDirectories(dir);
            for (Status status : Status.values()) {
                Path file = dir.resolve("status-" + status.wireName() + "-" + SIZE + ".png");
                // beside the target, then moved into place: a server never reads a half-written file
                PrivateFiles.writeAtomically(file, StatusIcons.png(status, SIZE));
                written.put(status, file.toUri().toString());
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot write the status icons to {0}; notifications go without icons: {1}",
                    dir, e.getMessage());
            written.clear();
        }
        return written;
    }
}
