package org.statustray.store;

import java.util.Objects;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Tells when the settings file may have changed on disk, whoever wrote it: an editor saving in place or by
 * moving a new file over it (vim, sed -i), a script, StatusTray itself. It watches the folder of the file
 * and, when the file is a link, the folders of each link on the way to its target (a link pointed elsewhere
 * is followed from the next change on). The file is read once it has been quiet for {@link #SETTLE}, so
 * that a save made in several writes is read whole.
 */
public final class ConfigFileWatch implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConfigFileWatch.class.getName());
    /** Quiet after the last change before the file is read. */
    public static final Duration SETTLE = Duration.ofMillis(300);

    /** Reads the file after a change; true to be asked again after another quiet spell (it looked half-written). */
    @FunctionalInterface
    public interface Reader {
        boolean read();
    }

    private final Path file;
    private final Reader reader;
    private final @Nullable WatchService service;
    /** The names each watched folder holds on the way to the file; used by the watch thread only. */
    private final Map<WatchKey, Set<Path>> names = new HashMap<>();
    /** The same, by folder, as last registered. */
    private Map<Path, Set<Path>> following = Map.of();
    private final Thread thread;

    private ConfigFileWatch(Path file, Reader reader, @Nullable WatchService service) {
        this.file = file;
        this.reader = reader;
        this.service = service;
        this.thread = new Thread(this::run, "statustray-config-watch");
        thread.setDaemon(true);
    }

    /**
     * Watches {@code file} until closed, calling {@code reader} on its own thread. Something that is not a
     * regular file ({@code /dev/null}) is not watched, nor is anything where the system cannot watch.
     */
    public static ConfigFileWatch start(Path file, Reader reader) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return new ConfigFileWatch(absolute, reader, null);
        }
        try {
            ConfigFileWatch watch = new ConfigFileWatch(absolute, reader, absolute.getFileSystem().newWatchService());
            watch.follow();
            watch.thread.start();
            return watch;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "changes to " + file + " are not followed: " + e.getMessage());
            return new ConfigFileWatch(absolute, reader, null);
        }
    }

    @Override
    public void close() {
        if (service == null) {
            return;
        }
        try {
            service.close(); // ends the thread's wait
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the config watch: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        WatchService service = Objects.requireNonNull(this.service); // started only with one
        long due = -1; // when to read, on the nanoTime clock; -1: nothing changed
        while (true) {
            WatchKey key;
            try {
                key = due < 0 ? service.take() : service.poll(Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key != null) {
                due = changed(key) ? System.nanoTime() + SETTLE.toNanos() : due;
                continue;
            }
            due = -1;
            follow();
            try {
                due = reader.read() ? System.nanoTime() + SETTLE.toNanos() : -1;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "reading the changed " + file + " failed", e);
            }
        }
    }

    /** Whether the events on {@code key} touch the file or a link on the way to it. */
    private boolean changed(WatchKey key) {
        Set<Path> watched = names.getOrDefault(key, Set.of());
        boolean changed = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            changed |= e.kind() == OVERFLOW || watched.contains((Path) e.context());
        }
        if (!key.reset()) {
            names.remove(key);
            following = Map.of(); // the folder is gone: registered again, if it is back, before the next read
            changed = true;
        }
        return changed;
    }

    /** Watches the folder of the file and of each link on the way to its target, as the links are now. */
    private void follow() {
        Map<Path, Set<Path>> wanted = new HashMap<>();
        Path p = file;
        wanted.computeIfAbsent(p.getParent(), d -> new HashSet<>()).add(p.getFileName());
        try {
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
                p = p.resolveSibling(Files.readSymbolicLink(p));
                wanted.computeIfAbsent(p.getParent(), d -> new HashSet<>()).add(p.getFileName());
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "following " + file + ": " + e.getMessage()); // a link being replaced
        }
        if (wanted.equals(following)) {
            return;
        }
        following = wanted;
        names.keySet().forEach(WatchKey::cancel);
        names.clear();
        wanted.forEach((dir, inIt) -> {
            try {
                names.computeIfAbsent(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), k -> new HashSet<>())
                        .addAll(inIt);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "cannot watch " + dir + ": " + e.getMessage());
            }
        });
    }
}
