package org.statustray.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.statustray.platform.AppDirs;
import org.statustray.platform.PrivateLogFile;

/**
 * Where log records go. The terminal gets only what the user must be told (printed by the commands
 * themselves); every INFO and WARNING record, ours and the libraries' (dbus-java through slf4j-jdk14,
 * JavaFX, AWT), goes to a private rotating file in the state directory. {@code --debug} shows them on
 * stderr as well, and adds StatusTray's own DEBUG records.
 */
final class LogSetup {
    /** Big enough for weeks of a normal day's few lines, small enough never to matter on disk. */
    static final long LIMIT_BYTES = 1024 * 1024;
    /** The current file and two older ones. */
    static final int FILES = 3;
    static final String OURS = "org.statustray";

    /** Held: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static volatile Logger ours = Logger.getLogger(OURS);

    private LogSetup() {
    }

    /** Sends this process's logging to the log file in this user's state directory (and stderr with --debug). */
    static PrivateLogFile forThisProcess(boolean debug, PrintStream err) {
        return install(Logger.getLogger(""), ours, AppDirs.stateDirOfThisUser(), debug, err);
    }

    /**
     * Replaces the handlers of {@code root} (the JDK's default one writes every INFO record to stderr) with
     * the log file in {@code dir}, plus {@code err} when {@code debug}; with {@code debug}, {@code ownLogger}
     * lets DEBUG records through too.
     */
    static PrivateLogFile install(Logger root, Logger ownLogger, Path dir, boolean debug, PrintStream err) {
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.INFO);
        PrivateLogFile file = new PrivateLogFile(dir, LIMIT_BYTES, FILES, err::println);
        file.setFormatter(new Lines());
        file.setLevel(Level.ALL);
        root.addHandler(file);
        if (debug) {
            ownLogger.setLevel(Level.FINE);
            root.addHandler(new EachLine(err));
        }
        ours = ownLogger;
        return file;
    }

    /** One line per record (then the stack trace, if any): instant, level, logger, message. */
    static final class Lines extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(r.getInstant().truncatedTo(ChronoUnit.MILLIS)).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /** stderr under --debug: flushed at each record, never closed (the stream is the process's). */
    private static final class EachLine extends StreamHandler {
        EachLine(PrintStream err) {
            super(err, new Lines());
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }

        @Override
        public synchronized void close() {
            flush();
        }
    }
}
