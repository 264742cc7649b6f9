package org.statustray.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the settings file holds at one moment, read with a cap (a file far larger than any real settings
 * would exhaust the heap as a JSON tree), and which version of the file that was, so that a save can tell
 * whether someone else wrote the file since it was read.
 */
record ConfigBytes(Kind kind, byte[] bytes, long size, @Nullable Version version) {
    /** No settings file is ever near this: a thousand services written out in full take about 150 KB. */
    static final int MAX_BYTES = 1 << 20;

    enum Kind {
        MISSING,
        REGULAR,
        /** A device or pipe ({@code /dev/null}): read, never written. */
        NOT_REGULAR
    }

    /** One version of a file: another write to it (in place or by renaming over it) gives another. */
    record Version(@Nullable Object fileKey, FileTime modified, long size) {
        static @Nullable Version of(Path file) throws IOException {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Version(a.fileKey(), a.lastModifiedTime(), a.size());
            } catch (NoSuchFileException e) {
                return null;
            }
        }
    }

    /**
     * What {@code file} (a link is followed) holds now. Something that is not a regular file is read only when
     * {@code evenIfNotRegular}: a pipe would wait for a writer, and what it gives cannot be read twice.
     */
    static ConfigBytes read(Path file, boolean evenIfNotRegular) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class) : null;
        } catch (NoSuchFileException e) {
            a = null;
        }
        if (a == null) {
            return new ConfigBytes(Kind.MISSING, new byte[0], 0, null);
        }
        // Taken before reading: a write after this makes the version differ, so a save never goes over it.
        Version version = new Version(a.fileKey(), a.lastModifiedTime(), a.size());
        Kind kind = a.isRegularFile() ? Kind.REGULAR : Kind.NOT_REGULAR;
        if (kind == Kind.NOT_REGULAR && !evenIfNotRegular) {
            return new ConfigBytes(kind, new byte[0], 0, version);
        }
        if (a.size() > MAX_BYTES) {
            return new ConfigBytes(kind, new byte[0], a.size(), version);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        return bytes.length > MAX_BYTES ? new ConfigBytes(kind, new byte[0], bytes.length, version)
                : new ConfigBytes(kind, bytes, bytes.length, version);
    }

    /** Over {@link #MAX_BYTES}, and so not read. */
    boolean tooLarge() {
        return size > MAX_BYTES;
    }

    /** Whether {@code file} is still the version this was read from. */
    boolean unchanged(Path file) throws IOException {
        return Objects.equals(version, Version.of(file));
    }
}
