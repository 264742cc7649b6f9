package org.statustray.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryRenewal;
import org.statustray.store.HistoryStore;
import org.statustray.watch.ChangeDetector;

/**
 * What a new history file gets when the store had to start one (the old one damaged, removed or replaced):
 * what the running app knows, so that the next start takes nothing ongoing for news — each watched
 * service's last snapshot (where its timeline starts again) and the notifications already sent for what is
 * not over yet. A damaged file is also said once: one notification and one line on stderr, with where the
 * file was kept. A notification is held until {@link #start}, and then goes out on {@code events}, off the
 * store's lock.
 */
final class FreshHistory {
    private static final System.Logger LOG = System.getLogger(FreshHistory.class.getName());

    private final ChangeDetector detector;
    private final Supplier<List<ServiceConfig>> services;
    private final Supplier<List<Notice>> quietHeld;
    private final Clock clock;
    private final PrintStream err;
    private final Consumer<Notice> notify;
    private final Executor events;
    private final List<Notice> held = new ArrayList<>(); // guarded by this
    private boolean started; // guarded by this

    /** {@code quietHeld}: the notifications held over quiet hours now, kept in the new file too. */
    FreshHistory(ChangeDetector detector, Supplier<List<ServiceConfig>> services, Supplier<List<Notice>> quietHeld,
            Clock clock, PrintStream err, Consumer<Notice> notify, Executor events) {
        this.detector = detector;
        this.services = services;
        this.quietHeld = quietHeld;
        this.clock = clock;
        this.err = err;
        this.notify = notify;
        this.events = events;
    }

    /** What a new file gets, with {@code sent}: the notices this run has sent. */
    HistoryRenewal keeping(StoreSentLog sent) {
        return (store, what) -> renewed(store, what, sent);
    }

    private void renewed(HistoryStore store, HistoryRenewal.Renewed what, StoreSentLog sent) {
        Instant now = clock.instant();
        store.batch(() -> fill(store, now, sent));
        if (!what.damaged()) {
            LOG.log(System.Logger.Level.INFO, what.reason() + "; a new history was started with what StatusTray knows now");
            return;
        }
        err.println("statustray: " + what.reason() + "; it was moved aside to " + what.damagedCopy()
                + " and a new history started");
        say(new Notice("history-damaged|" + what.damagedCopy(), null, "History was damaged: a new one is started",
                HistoryTrouble.sentence(what.reason()) + ". It was kept as it was in " + what.damagedCopy()
                + ". StatusTray keeps watching and records the history anew, starting with the current status.",
                Status.UNKNOWN, Notice.Urgency.NORMAL, "history", null, now));
    }

    /** Sends what was held since the store was opened; from now on notifications go out as they come. */
    void start() {
        List<Notice> now;
        synchronized (this) {
            started = true;
            now = List.copyOf(held);
            held.clear();
        }
        now.forEach(notify);
    }

    private void fill(HistoryStore store, Instant now, StoreSentLog sent) {
        Set<String> ids = services.get().stream().map(ServiceConfig::id).collect(Collectors.toSet());
        for (String id : ids) {
            Snapshot last = detector.lastGood(id).orElse(null);
            if (last != null) {
                store.saveSnapshot(id, last);
                store.recordTransition(id, null, null, last.status(), now);
            }
        }
        for (Notice n : sent.sentThisRun()) {
            if (n.serviceId() != null && ids.contains(n.serviceId()) && ongoing(n.serviceId())) {
                store.recordNotification(n);
            }
        }
        quietHeld.get().forEach(store::holdNotification);
    }

    /** Not back to normal: a status other than operational, or an incident or maintenance still open. */
    private boolean ongoing(String serviceId) {
        Snapshot last = detector.lastGood(serviceId).orElse(null);
        return detector.shown(serviceId) != Status.OPERATIONAL || last != null
                && (last.incidents().stream().anyMatch(Incident::isActive)
                || last.maintenances().stream().anyMatch(Maintenance::isOpen));
    }

    private void say(Notice n) {
        synchronized (this) {
            if (!started) {
                held.add(n);
                return;
            }
        }
        try {
            events.execute(() -> notify.accept(n));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.INFO, "not told, StatusTray is stopping: " + n.summary());
        }
    }
}
