package org.statustray.watch;

import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** What the {@link Schedule} remembers of one service. Times are {@link Ticker} readings. */
final class PollEntry {
    ServiceConfig config;
    final String host;
    long due;
    /** The running poll's ticket, 0 when none runs. */
    long ticket;
    boolean started;
    long startedAt;
    boolean completed;
    long completedAt;
    int failures;
    FailureKind lastFailure;
    /** The status of the last page read (of the watched components), null before the first. */
    Status status;
    /** The last read moved the status: a change that waits for the next read to confirm it. */
    boolean unconfirmed;
    boolean hold;
    long holdUntil;
    Validators validators = Validators.NONE;

    PollEntry(ServiceConfig config, long due) {
        this.config = config;
        String h = PollIntervals.host(config.url());
        this.host = h == null ? "" : h;
        this.due = due;
    }

    boolean inFlight() {
        return ticket != 0;
    }

    /** A read or an "unchanged": the failures end; an unchanged page keeps the last status. */
    void recordAnswer(PageResult result) {
        failures = 0;
        lastFailure = null;
        if (result instanceof PageResult.Read) {
            PageResult.Read read = (PageResult.Read) result;
            Status before = status;
            status = statusOf(read.snapshot());
            unconfirmed = before != null && before != status;
            validators = read.validators() == null ? Validators.NONE : read.validators();
        } else if (result instanceof PageResult.Unchanged) {
            unconfirmed = false;
            Validators fresh = ((PageResult.Unchanged) result).validators();
            if (fresh != null && !fresh.isEmpty()) {
                validators = fresh;
            }
        }
    }

    private Status statusOf(Snapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        return config.components().isEmpty() ? snapshot.status() : snapshot.watching(config.components()).status();
    }
}
