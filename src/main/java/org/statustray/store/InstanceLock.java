package org.statustray.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statustray.platform.IoReasons;
import org.statustray.platform.PrivateFiles;

/**
 * That one process uses a data directory: an OS lock on the file {@code instance.lock} in it. The OS drops
 * the lock when the process ends, however it ends (SIGKILL too), so it never outlives its holder and a
 * killed app leaves nothing that stops the next start. The file names its holder (pid and role), for the
 * sentence a second instance says. The file itself is never deleted: a process could lock the old file
 * while another creates and locks a new one, and both would think themselves alone.
 */
public final class InstanceLock implements AutoCloseable {
    static final String FILE_NAME = "instance.lock";
    /** Windows locks are mandatory: the byte locked lies far past the holder's line, which stays readable. */
    private static final long LOCKED_BYTE = 1L << 30;
    private static final int LINE_LIMIT = 100;
    /**
     * The locks this JVM holds, by the data directory's real path. The file is not opened again while one is
     * held here: closing any channel on it would drop this process's POSIX lock, held through another.
     */
    private static final Map<Path, Owner> HELD_HERE = new HashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private InstanceLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds a data directory: a pid (0 when not known) and the role it claimed it with ("" when not known). */
    public record Owner(long pid, String role) {
    }

    /** What {@link #claim} found. */
    public sealed interface Claim permits Acquired, Held, Unavailable {
    }

    /** This process holds the directory until {@code lock} is closed. */
    public record Acquired(InstanceLock lock) implements Claim {
    }

    /** Another process (or another instance in this JVM) holds it. */
    public record Held(Owner owner) implements Claim {
    }

    /** No lock can be taken there (the directory cannot be made, is read-only…): {@code reason} says why. */
    public record Unavailable(String reason) implements Claim {
    }

    /** Tries, without waiting, to be the one process using {@code dataDir} (made 0700 if missing) as {@code role}. */
    public static synchronized Claim claim(Path dataDir, String role) {
        Path file = dataDir.resolve(FILE_NAME);
        Path key;
        try {
            PrivateFiles.createDirectories(dataDir);
            key = dataDir.toRealPath();
        } catch (IOException e) {
            return new Unavailable("cannot create the data directory " + dataDir + ": " + IoReasons.of(e));
        }
        if (!PrivateFiles.writable(dataDir)) {
            return new Unavailable("the data directory " + dataDir + " is read-only");
        }
        Owner here = HELD_HERE.get(key);
        if (here != null) {
            return new Held(here);
        }
        FileChannel channel = null;
        try {
            channel = PrivateFiles.openPrivate(file);
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                channel.close();
                return new Held(owner(file));
            }
            Owner me = new Owner(ProcessHandle.current().pid(), role);
            HELD_HERE.put(key, me);
            name(channel, me);
            return new Acquired(new InstanceLock(key, channel, lock));
        } catch (OverlappingFileLockException e) {
            // the same file by another path, locked in this JVM: closing this channel would drop that lock
            return new Held(new Owner(ProcessHandle.current().pid(), ""));
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unavailable("cannot lock " + file + ": " + IoReasons.of(e));
        }
    }

    /** Writes the holder's line; without it (a full disk) the lock holds all the same, only messages lack the pid. */
    private static void name(FileChannel channel, Owner me) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((me.pid() + " " + me.role() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // a second instance says "another StatusTray" instead
        }
    }

    /** The holder's line, read without locking: written just after the lock was taken, it may still be empty. */
    private static Owner owner(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            String[] words = new String(in.readNBytes(LINE_LIMIT), StandardCharsets.UTF_8).trim().split(" ");
            return words.length == 2 && words[0].matches("\\d{1,18}") ? new Owner(Long.parseLong(words[0]), words[1])
                    : new Owner(0, "");
        } catch (IOException e) {
            return new Owner(0, "");
        }
    }

    /** Lets the next instance have the directory. */
    @Override
    public void close() {
        synchronized (InstanceLock.class) {
            if (closed) {
                return;
            }
            closed = true;
            HELD_HERE.remove(key);
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel below releases it too
            }
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written that matters
        }
    }
}
