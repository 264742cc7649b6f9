package org.statustray.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Notice;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * Turns changes into the notifications a person wants: one per real transition (never twice, even across
 * restarts), none for muted services or while snoozed, held during quiet hours (kept across restarts) and
 * then summed up in one, maintenance only when asked for, for a "watch until recovered" service only its
 * recovery, and for a service that will not keep still one "unstable" and then one when it settles.
 */
public final class NotificationPolicy {
    private static final Set<ChangeKind> STATUS = Set.of(ChangeKind.DEGRADED, ChangeKind.WORSE,
            ChangeKind.PARTLY_RECOVERED, ChangeKind.RECOVERED);
    /** The changes that move what a service shows, unknown included: what flapping is counted on. */
    private static final Set<ChangeKind> MOVES = Set.of(ChangeKind.DEGRADED, ChangeKind.WORSE,
            ChangeKind.PARTLY_RECOVERED, ChangeKind.RECOVERED, ChangeKind.UNREADABLE, ChangeKind.READABLE_AGAIN);
    private final SentLog log;
    private final HeldLog heldLog;
    private final ZoneId zone;
    /** Changed under this policy's lock; read without it by {@link #heldNow} (a store's writer asks). */
    private final List<Notice> held = new CopyOnWriteArrayList<>();
    /** Where each service's {@link Steadiness} is kept: its {@link ServiceState}, guarded by this policy. */
    private final ServiceStates states;
    private final Set<String> finishedWatching = ConcurrentHashMap.newKeySet();
    private volatile boolean maintenance;
    private volatile @Nullable QuietHours quietHours;
    private volatile Instant snoozedUntil = Instant.MIN;
    private volatile boolean offline;
    private volatile AlternativeGroups alternatives = AlternativeGroups.NONE;

    /** Whether a change of this kind is a change of the service's overall status (told as such). */
    static boolean isStatus(ChangeKind kind) {
        return STATUS.contains(kind);
    }

    /** The user's zone, in which notices give times. */
    ZoneId zone() {
        return zone;
    }

    public NotificationPolicy(SentLog log, ZoneId zone) {
        this(log, HeldLog.inMemory(), zone);
    }

    public NotificationPolicy(SentLog log, HeldLog heldLog, ZoneId zone) {
        this(log, heldLog, zone, new ServiceStates());
    }

    /** Notices held in {@code heldLog} by an earlier run are held again (those already sent are not). */
    public NotificationPolicy(SentLog log, HeldLog heldLog, ZoneId zone, ServiceStates states) {
        this.log = log;
        this.states = states;
        this.heldLog = heldLog;
        this.zone = zone;
        heldLog.held().stream().filter(n -> !log.wasSent(n.key())).forEach(held::add);
    }

    public void configure(boolean maintenanceNotifications, @Nullable QuietHours quiet) {
        this.maintenance = maintenanceNotifications;
        this.quietHours = quiet;
    }

    /** The services that can stand in for each other: a degradation notice names those of its group that are well. */
    public void alternatives(AlternativeGroups groups) {
        this.alternatives = groups;
    }

    public void snoozeUntil(Instant until) {
        snoozedUntil = until;
    }

    /** Snoozes until the next midnight in the user's zone; until when. */
    public Instant snoozeUntilTomorrow(Instant now) {
        Instant until = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        snoozedUntil = until;
        return until;
    }

    /** Ends the snooze now ("Resume notifications"): what happens from now on is told again. */
    public void resume() {
        snoozedUntil = Instant.MIN;
    }

    public boolean snoozed(Instant now) {
        return now.isBefore(snoozedUntil);
    }

    /** Until when notifications are snoozed at {@code now}; null when they are not (never, resumed, or run out). */
    public @Nullable Instant snoozedUntil(Instant now) {
        Instant until = snoozedUntil;
        return now.isBefore(until) ? until : null;
    }

    /** While offline, pages that cannot be read are no news: the one offline notice says it all. */
    public void setOffline(boolean offline) {
        this.offline = offline;
    }

    /** Services whose "watch until recovered" has been fulfilled since last asked; the app stops watching them. */
    public List<String> takeFinishedWatching() {
        if (finishedWatching.isEmpty()) {
            return List.of();
        }
        List<String> done = new ArrayList<>(finishedWatching);
        finishedWatching.removeAll(done);
        return done;
    }

    /** The notices for one read's changes of one service; {@link #decide(ServiceConfig, List, Status, Instant)}. */
    public List<Notice> decide(ServiceConfig service, List<Change> changes, Instant now) {
        return decide(service, changes, null, now);
    }

    /**
     * The notices for one poll's changes of one service (called on every poll, changes or not, so that an
     * unstable service is told when it settles); {@code shown} is the status it shows now, if known.
     */
    public synchronized List<Notice> decide(ServiceConfig service, List<Change> changes, @Nullable Status shown,
            Instant now) {
        if (service.muted()) {
            return List.of();
        }
        if (service.watchUntilRecovered()) {
            Change recovery = changes.stream().filter(c -> c.kind() == ChangeKind.RECOVERED).findFirst().orElse(null);
            if (recovery == null) {
                return List.of();
            }
            finishedWatching.add(service.id());
            return deliver(List.of(NoticeText.status(recovery, changes, "")), now);
        }
        Steadiness st = states.of(service.id()).steadiness;
        String name = changes.isEmpty() ? service.displayName(null) : changes.get(0).serviceName();
        boolean flapped = false;
        for (Change c : changes) {
            boolean unreadable = c.kind() == ChangeKind.UNREADABLE || c.kind() == ChangeKind.READABLE_AGAIN;
            // offline, pages that cannot be read say nothing of the service: the one offline notice covers them
            flapped |= MOVES.contains(c.kind()) && !(unreadable && offline) && st.changed(c.from(), c.to(), c.at());
        }
        Status now0 = shown != null ? shown : st.status();
        List<Notice> notices = new ArrayList<>();
        if (flapped) {
            notices.add(NoticeText.unstable(service, name, st, now0, now));
        } else {
            for (Notice n : candidates(changes)) {
                if (st.mayTell(now)) {
                    notices.add(n);
                } else if (st.unstable() && st.heldBack() == 0) {
                    notices.add(NoticeText.unstable(service, name, st, now0, now)); // the budget just ran out
                }
            }
        }
        if (st.settles(now)) {
            notices.add(NoticeText.settled(service, name, st, now0, now, zone));
        }
        return deliver(notices, now);
    }

    /** What a steady service would be told of these changes. */
    private List<Notice> candidates(List<Change> changes) {
        Change status = changes.stream().filter(c -> STATUS.contains(c.kind())).findFirst().orElse(null);
        if (status != null) {
            return List.of(NoticeText.status(status, changes, Alternatives.forChange(status, alternatives, states.watched())));
        }
        List<Notice> notices = new ArrayList<>();
        for (Change c : changes) {
            boolean isMaintenance = c.kind() == ChangeKind.MAINTENANCE_STARTED || c.kind() == ChangeKind.MAINTENANCE_ENDED;
            if (c.kind() == ChangeKind.UNREADABLE && !offline) {
                notices.add(NoticeText.unreadable(c));
            } else if (c.subjectId() != null && (!isMaintenance || maintenance)) {
                notices.add(NoticeText.incident(c));
            }
        }
        return notices;
    }

    /** The notices held over quiet hours now, oldest first; any thread, without waiting for this policy. */
    public List<Notice> heldNow() {
        return List.copyOf(held);
    }

    /** One notice for every service at once (offline / online). */
    public synchronized List<Notice> network(boolean nowOffline, Instant now) {
        return network(nowOffline ? ItIsMe.Machine.OFFLINE : ItIsMe.Machine.FINE, now);
    }

    /** One notice for every service at once: this machine's network went, its names fail, or it is back. */
    synchronized List<Notice> network(ItIsMe.Machine machine, Instant now) {
        setOffline(machine != ItIsMe.Machine.FINE);
        return deliver(List.of(NoticeText.network(machine, now)), now);
    }

    /**
     * A notice about what probing a service found ({@link EarlyWarning}): none for a muted service or one
     * watched only until it recovers; else snooze and quiet hours as for any other.
     */
    public synchronized List<Notice> probe(ServiceConfig service, Notice notice, Instant now) {
        if (service.muted() || service.watchUntilRecovered()) {
            return List.of();
        }
        return deliver(List.of(notice), now);
    }

    /** After quiet hours (or at the first start after them): one summary of what was held, the latest word per service. */
    public synchronized List<Notice> release(Instant now) {
        if (held.isEmpty() || inQuietHours(now)) {
            return List.of();
        }
        Map<String, Notice> latest = new LinkedHashMap<>();
        held.forEach(n -> latest.put(n.serviceId() == null ? n.thread() : n.serviceId(), n));
        List<String> lines = new ArrayList<>();
        latest.values().forEach(n -> lines.add(n.summary()));
        Status worst = Status.worst(latest.values().stream().map(Notice::status).toList());
        held.forEach(log::sent);
        Notice summary = new Notice("quiet-summary|" + now.getEpochSecond(), null,
                "While notifications were quiet: " + lines.size() + (lines.size() == 1 ? " change" : " changes"),
                String.join("\n", lines), worst, Notice.Urgency.NORMAL, "quiet-summary", null, now);
        log.sent(summary);
        held.clear();
        heldLog.clear(); // after they are recorded as sent: a crash in between repeats nothing and loses nothing
        return List.of(summary);
    }

    private List<Notice> deliver(List<Notice> notices, Instant now) {
        List<Notice> out = new ArrayList<>();
        for (Notice n : notices) {
            if (log.wasSent(n.key()) || held.stream().anyMatch(h -> h.key().equals(n.key()))) {
                continue;
            }
            if (snoozed(now)) {
                log.sent(n); // seen and deliberately not shown: not shown later either
            } else if (inQuietHours(now)) {
                held.add(n);
                heldLog.hold(n);
            } else {
                log.sent(n);
                out.add(n);
            }
        }
        return out;
    }

    private boolean inQuietHours(Instant now) {
        QuietHours q = quietHours;
        return q != null && q.contains(now.atZone(zone).toLocalTime());
    }
}
