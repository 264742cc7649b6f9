package org.statustray.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Files only their owner may read: directories 0700 and files 0600 where the file system has POSIX
 * permissions (elsewhere the user's profile directory already keeps them private). The modes are set, not
 * left to the umask, which could only narrow them and may be as wide as 000.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** As many links as Linux follows in one path. */
    private static final int MAX_LINKS = 40;

    private PrivateFiles() {
    }

    /** Creates {@code dir} and any missing parents as 0700; an existing directory is left as it is. */
    public static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (!posix(dir)) {
            Files.createDirectories(dir);
            return;
        }
        Path absolute = dir.toAbsolutePath();
        Path first = absolute;
        while (first.getParent() != null && Files.notExists(first.getParent())) {
            first = first.getParent();
        }
        Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        for (Path p = absolute; p != null && p.startsWith(first); p = p.getParent()) {
            Files.setPosixFilePermissions(p, DIRECTORY); // a umask such as 0277 would leave them unusable
        }
    }

    /** Writes a new 0600 file with {@code bytes}; the content is never readable by others, not even briefly. */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        Files.createFile(file, attributes(file));
        restrict(file);
        Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Creates an empty 0600 file, or makes an existing one 0600. */
    public static void createOrRestrict(Path file) throws IOException {
        if (Files.notExists(file)) {
            Files.createFile(file, attributes(file));
        }
        restrict(file);
    }

    /**
     * Opens {@code file} to read and write, creating it 0600 if it is missing (one already there is made
     * 0600); two processes doing so at once both succeed. A link in its place is refused.
     */
    public static FileChannel openPrivate(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE, LinkOption.NOFOLLOW_LINKS), attributes(file));
        try {
            restrict(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Makes {@code file} (any kind, a socket too) 0600 where the file system has POSIX permissions. */
    public static void restrict(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * Replaces {@code file} with {@code bytes} so that a reader sees the old content or the new, never a
     * half-written file: a 0600 temporary file beside it, flushed, then moved over it. A link is followed,
     * and its target replaced: the link stays. Something that is not a regular file ({@code /dev/null}) is
     * never replaced, nor is anything written beside it.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = followLinks(file);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new FileSystemException(file.toString(), null, "not a regular file");
        }
        Path temp = writeTemp(target, bytes);
        try {
            moveOver(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where {@code file} leads: itself, or the end of the chain of links it starts (which may not exist). */
    public static Path followLinks(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)); // not normalised: ".." must be taken where the link is
        }
        return p;
    }

    /** A new 0600 file beside {@code target} holding {@code bytes}, on disk. */
    public static Path writeTemp(Path target, byte[] bytes) throws IOException {
        Path dir = Objects.requireNonNull(target.getParent(), "a file's directory");
        createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attributes(dir));
        try {
            restrict(temp); // before writing: a umask such as 0277 would have left it read-only
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    public static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies {@code source} to a new 0600 file, a block at a time (it may be large). */
    public static void copyNew(Path source, Path copy) throws IOException {
        Files.createFile(copy, attributes(copy));
        restrict(copy);
        try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Files.copy(source, out);
        }
    }

    /**
     * Whether files can be created in {@code dir}. A directory of ours without its owner's write bit
     * counts as read-only even for a user (root) whom the bits do not stop: someone marked it so.
     */
    public static boolean writable(Path dir) {
        if (!Files.isWritable(dir)) {
            return false;
        }
        try {
            return !posix(dir) || !Files.getOwner(dir).getName().equals(System.getProperty("user.name"))
                    || Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static FileAttribute<?>[] attributes(Path where) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
