package org.statustray.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.store.UncheckedStoreException;

/**
 * Runs the watching's history reads and writes so that a full or read-only disk never stops it: a failure
 * is swallowed (memory keeps the state) and said once, as one notice, for a streak of failures. A write
 * that works again ends the streak; a later failure is told again, but not within {@link #QUIET} of the
 * last notice, so a disk on the edge of full that fails every other write does not nag. Any thread.
 */
final class HistoryTrouble {
    static final Duration QUIET = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(HistoryTrouble.class.getName());

    private final Consumer<Notice> notify;
    private final Clock clock;
    private boolean failing; // guarded by this
    private @Nullable Instant toldAt; // guarded by this

    HistoryTrouble(Consumer<Notice> notify, Clock clock) {
        this.notify = notify;
        this.clock = clock;
    }

    /** Runs a write; a failure is said (see the class comment) and swallowed, a success ends a streak. */
    void write(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        recovered();
    }

    /** Runs a read; on failure, said as a write's is, it gives {@code otherwise}. */
    <T> T read(Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            failed(e);
            return otherwise;
        }
    }

    private void failed(RuntimeException e) {
        String reason = e instanceof UncheckedStoreException && e.getMessage() != null ? e.getMessage()
                : "internal error (" + e.getClass().getSimpleName() + ")";
        Instant now = clock.instant();
        synchronized (this) {
            if (failing) {
                return;
            }
            failing = true;
            LOG.log(System.Logger.Level.WARNING, "history cannot be saved: " + reason, e);
            if (toldAt != null && Duration.between(toldAt, now).abs().compareTo(QUIET) < 0) {
                return;
            }
            toldAt = now;
        }
        notify.accept(new Notice("history|" + now, null, "History cannot be saved", sentence(reason)
                + ". StatusTray keeps watching and shows the current status; changes are not saved to the history"
                + " until this is fixed.",
                Status.UNKNOWN, Notice.Urgency.NORMAL, "history", null, now));
    }

    /** A reason as the start of a sentence: "cannot …" becomes "Cannot …". */
    static String sentence(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private synchronized void recovered() {
        if (failing) {
            failing = false;
            LOG.log(System.Logger.Level.INFO, "history is being saved again");
        }
    }
}
