package org.statustray.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A log kept in {@code dir/statustray.log}, only its owner may read (directory 0700, files 0600), rotated
 * when it would grow past {@code limitBytes}: {@code statustray.log.1} is the previous one, up to
 * {@code files - 1} old ones. Unlike {@link java.util.logging.FileHandler}, every file it makes is 0600
 * (FileHandler leaves a new file to the umask) and there are no lock files. The file is made at the first
 * record, so a command that logs nothing leaves nothing behind. When it cannot be written, {@code trouble}
 * is told once and records are dropped from then on.
 */
public final class PrivateLogFile extends Handler {
    public static final String NAME = "statustray.log";

    private final Path dir;
    private final long limitBytes;
    private final int files;
    private final Consumer<String> trouble;
    private @Nullable Writer writer;
    private long written;
    private boolean broken;

    public PrivateLogFile(Path dir, long limitBytes, int files, Consumer<String> trouble) {
        if (limitBytes < 1 || files < 1) {
            throw new IllegalArgumentException("a log needs a positive size limit and at least one file");
        }
        this.dir = dir;
        this.limitBytes = limitBytes;
        this.files = files;
        this.trouble = trouble;
        setFormatter(new SimpleFormatter());
    }

    public Path file() {
        return dir.resolve(NAME);
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** How many files are kept: the current one and {@code files - 1} older ones. */
    public int files() {
        return files;
    }

    /** The {@code n}th older file: {@code statustray.log.n}. */
    public Path older(int n) {
        return dir.resolve(NAME + "." + n);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (broken || !isLoggable(record)) {
            return;
        }
        String line;
        try {
            line = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        long size = line.getBytes(StandardCharsets.UTF_8).length;
        try {
            if (writer == null) {
                open();
            } else if (written > 0 && written + size > limitBytes) {
                rotate();
            }
            Writer w = writer;
            if (w != null) {
                w.write(line);
                w.flush(); // a log read after a crash must hold the last lines
                written += size;
            }
        } catch (IOException e) {
            giveUp(IoReasons.of(e));
        } catch (RuntimeException e) {
            giveUp(e.toString());
        }
    }

    private void giveUp(String reason) {
        broken = true;
        closeQuietly();
        trouble.accept("statustray: cannot write the log " + file() + " (" + reason + "); no log is kept");
    }

    private void open() throws IOException {
        PrivateFiles.createDirectories(dir);
        Path file = file();
        PrivateFiles.createOrRestrict(file);
        written = Files.size(file);
        if (written >= limitBytes) {
            rotate();
            return;
        }
        writer = writer(file, StandardOpenOption.APPEND);
    }

    private void rotate() throws IOException {
        closeQuietly();
        Files.deleteIfExists(older(files - 1));
        for (int n = files - 2; n >= 1; n--) {
            if (Files.exists(older(n))) {
                Files.move(older(n), older(n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (files > 1) {
            Files.move(file(), older(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(file());
        }
        PrivateFiles.createOrRestrict(file());
        written = 0;
        writer = writer(file(), StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static Writer writer(Path file, StandardOpenOption how) throws IOException {
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, how);
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void flush() {
        Writer w = writer;
        if (w != null) {
            try {
                w.flush();
            } catch (IOException e) {
                reportError(null, e, ErrorManager.FLUSH_FAILURE);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        Writer w = writer;
        writer = null;
        if (w != null) {
            try {
                w.close();
            } catch (IOException e) {
                reportError(null, e, ErrorManager.CLOSE_FAILURE);
            }
        }
    }
}
