package org.statustray.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.statustray.desktop.icons.StatusIconFiles;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Status;
import org.statustray.platform.Autostart;
import org.statustray.platform.PrivateLogFile;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.store.InstanceLock;

/**
 * Run in a child JVM by {@link PrivateFilesTest} under a given umask: has the app write every file it
 * writes below {@code args[0]} (the one-instance lock too), then prints each file's and directory's mode and
 * path, one per line, while the history is still open (so SQLite's -wal and -shm files are there) and again
 * after it is closed.
 */
public final class WritesEveryFile {
    private WritesEveryFile() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path config = home.resolve(".config/statustray/config.json");
        ConfigFile.load(config, Catalog.builtIn()); // first run: the defaults are written
        ConfigFile.save(config, ConfigFile.load(config, Catalog.builtIn()).config());
        Path broken = home.resolve(".config/statustray/broken.json");
        Files.writeString(broken, "{\"services\": [");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rw-r--r--")); // as an editor leaves it
        ConfigFile.load(broken, Catalog.builtIn()); // copied aside to broken.json.bak-<time>
        new Autostart(home.resolve(".config/autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART)
                .enable();
        new StatusIconFiles(home.resolve(".cache/statustray/icons")).uri(Status.DEGRADED);
        PrivateLogFile log = new PrivateLogFile(home.resolve(".local/state/statustray"), 10, 3, trouble -> { });
        log.publish(new LogRecord(Level.INFO, "a line"));
        log.publish(new LogRecord(Level.INFO, "past the limit: rotated"));
        log.close();
        // A file and a directory made with no mode of ours: they show the umask the child really ran under
        Files.createDirectories(home.resolve("control-dir"));
        Files.createFile(home.resolve("control-file"));
        Instant t = Instant.parse("2026-10-07T10:00:00Z");
        InstanceLock.Claim claim = InstanceLock.claim(home.resolve(".local/share/statustray"), "tray");
        try (HistoryStore store = HistoryStore.open(home.resolve(".local/share/statustray"))) {
            store.recordTransition("openai", null, Status.OPERATIONAL, Status.DEGRADED, t);
            store.upsertIncidents("openai", List.of(new Incident("i1", "Errors", "investigating", Impact.MINOR, t, t,
                    null, null, List.of(), List.of())));
            store.transitions("openai", null);
            list(home, "open");
        }
        ((InstanceLock.Acquired) claim).lock().close();
        list(home, "closed");
    }

    private static void list(Path home, String phase) throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.filter(p -> !p.equals(home)).sorted().toList()) {
                System.out.println(phase + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) + " "
                        + home.relativize(p));
            }
        }
    }
}
