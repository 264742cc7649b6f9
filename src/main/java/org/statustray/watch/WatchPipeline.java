package org.statustray.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.PageResult;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Notice;
import org.statustray.model.PageTrouble;
import org.statustray.model.ProbeResult;
import org.statustray.model.ServiceConfig;
import org.statustray.model.ServiceView;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.model.Verdict;

/**
 * What happens to every poll result, on one thread: what changed, what is stored, what is said, and what
 * the tray shows. Poll results reach it in order from the poller's delivery thread.
 */
public final class WatchPipeline {
    private static final Set<ChangeKind> TRANSITIONS = Set.of(ChangeKind.DEGRADED, ChangeKind.WORSE,
            ChangeKind.PARTLY_RECOVERED, ChangeKind.RECOVERED, ChangeKind.MAINTENANCE_STARTED,
            ChangeKind.MAINTENANCE_ENDED, ChangeKind.UNREADABLE, ChangeKind.READABLE_AGAIN);
    private final Clock clock;
    private final ChangeDetector detector;
    private final NotificationPolicy policy;
    private final HistoryLog history;
    private final Consumer<Notice> notify;
    private final Consumer<TrayState> tray;
    private volatile Consumer<String> watchFinished = id -> { };
    private volatile Consumer<PollResult> polled = r -> { };
    private volatile @Nullable IncidentEnds incidentEnds;
    private final ServiceStates states;
    private volatile Probing probing = Probing.NONE;
    private volatile Consumer<ProbeReport> probed = r -> { };
    /** This machine's network as last told; guarded by this. */
    private ItIsMe.Machine machine = ItIsMe.Machine.FINE;
    /** What the tray was last told; guarded by this. */
    private final TrayTold told = new TrayTold();
    /** When and in what words notices are told (the start's trouble, degradations together); guarded by this. */
    private final Telling telling;

    public WatchPipeline(ChangeDetector detector, NotificationPolicy policy, HistoryLog history, List<ServiceConfig> services,
            Consumer<Notice> notify, Consumer<TrayState> tray) {
        this(detector, policy, history, services, notify, tray, Clock.systemUTC());
    }

    /** {@code clock} stamps what happens between polls (a change of what is watched). */
    public WatchPipeline(ChangeDetector detector, NotificationPolicy policy, HistoryLog history, List<ServiceConfig> services,
            Consumer<Notice> notify, Consumer<TrayState> tray, Clock clock) {
        this.clock = clock;
        this.detector = detector;
        this.policy = policy;
        this.history = history;
        this.states = detector.states();
        states.update(services);
        this.telling = new Telling(states, history, policy.zone());
        this.notify = notify;
        this.tray = tray;
    }

    /**
     * Tells the services in trouble at start, and degradations close together, one by one instead of as one:
     * {@code watch} prints a line per service (scripts read its {@code service}); call before the first poll.
     */
    public synchronized void tellStartOneByOne() {
        telling.tellEachAlone();
    }

    /** Services that go into trouble within {@link DegradeGroup#WAIT} of each other are told as one (the tray). */
    public synchronized void groupDegradations() {
        telling.groupDegradations();
    }

    /** Told the id of a "watch until recovered" service once it has recovered. */
    public void onWatchFinished(Consumer<String> listener) {
        watchFinished = listener;
    }

    /** Ends in the history the incidents that leave the page (none when there is no history). */
    public void endIncidentsWith(IncidentEnds ends) {
        incidentEnds = ends;
    }

    /** Told of every poll result once it was handled (the windows follow), after any listener before. */
    public synchronized void onPolled(Consumer<PollResult> listener) {
        polled = polled.andThen(listener);
    }

    /** Which services are probed, and how (none unless given). */
    public void probeWith(Probing probing) {
        this.probing = probing;
    }

    /** Told of every probe once it was handled, after any listener before. */
    public synchronized void onProbed(Consumer<ProbeReport> listener) {
        probed = probed.andThen(listener);
    }

    /**
     * One probe of a service's own address: taken into its state, and an early warning (or its end) told
     * through the policy. Probes reach it in order from the prober's delivery thread.
     */
    public void handleProbe(ProbeReport report) {
        synchronized (this) {
            ServiceState st = states.get(report.service().id()).orElse(null);
            ServiceConfig s = st == null ? null : st.config();
            if (st == null || s == null) {
                return; // probed before the service was removed: no longer news
            }
            Instant remembered = st.probes.last() == null && !report.result().reachable()
                    ? history.probesFailingSince(s.id(), report.result().at()) : null; // first probe of this run
            history.probed(s.id(), report.result());
            Notice n = EarlyWarning.afterProbe(states, s, st, report.result(), remembered,
                    probing.plan().get().earlyWarning());
            if (n != null) {
                telling.other(policy.probe(s, n, report.result().at()), report.result().at()).forEach(notify);
            }
            tellTray(report.result().at()); // the verdict in its row may have moved
        }
        probed.accept(report);
    }

    /** Watches these services from now on (the one place that adds and removes them: {@link ServiceStates}). */
    public void setServices(List<ServiceConfig> updated) {
        states.update(updated);
        synchronized (this) {
            telling.watching(states.watched().stream().map(st -> st.id).toList(), clock.instant()).forEach(notify);
        }
        tray.accept(trayState(clock.instant()));
    }

    /**
     * The service's watched components changed: it shows the new view of the page last read at once (no
     * notification: the person chose it), and the history records the move of its status.
     */
    public synchronized void rewatch(ServiceConfig s) {
        Snapshot before = detector.lastGood(s.id()).orElse(null);
        detector.rewatch(s);
        Snapshot after = detector.lastGood(s.id()).orElse(null);
        if (after != null && !ChangeDetector.sameContent(before, after)) {
            Instant now = clock.instant();
            history.snapshot(s.id(), after);
            componentTransitions(s.id(), before, after, now);
            if (before == null || before.status() != after.status()) {
                history.transition(s.id(), null, before == null ? null : before.status(), after.status(), now);
            }
        }
        history.commit();
        tellTray(clock.instant());
    }

    public void handle(PollResult r) {
        List<String> finished;
        synchronized (this) {
            finished = handleLocked(r);
        }
        if (finished == null) {
            return; // read before the service was removed in Settings: no longer news
        }
        // Outside the lock: fulfilling a watch changes the settings, whose lock is taken before this one elsewhere.
        finished.forEach(watchFinished);
        polled.accept(r);
    }

    /** Handles one poll; the "watch until recovered" services it fulfilled, or null when it was no news. */
    private @Nullable List<String> handleLocked(PollResult r) {
        ServiceConfig s = states.get(r.service().id()).map(ServiceState::config).orElse(null);
        if (s == null) {
            return null;
        }
        Instant now = r.wallTime();
        // Taken in as the poll completed (so its next poll was timed by it), or here when nobody did yet.
        Observation seen = r.seen() != null ? r.seen() : detector.observe(s, r.result(), now);
        Snapshot before = seen.before();
        Snapshot after = seen.after();
        List<Change> changes = seen.changes();
        if (r.result() instanceof PageResult.Read read) {
            Snapshot previous = seen.previousRead();
            Snapshot page = read.snapshot();
            if (previous == null || !previous.incidents().equals(page.incidents())
                    || !previous.maintenances().equals(page.maintenances())) {
                history.incidents(s.id(), page); // the same again (a page without validators) is stored already
                IncidentEnds ends = incidentEnds;
                if (ends != null) {
                    ends.afterRead(s, previous, page, now);
                }
            }
        }
        if (after != null && !ChangeDetector.sameContent(before, after)) {
            history.snapshot(s.id(), after);
            componentTransitions(s.id(), before, after, now);
        }
        boolean recorded = false;
        for (Change c : changes) {
            if (TRANSITIONS.contains(c.kind())) {
                history.transition(s.id(), null, c.from(), Objects.requireNonNull(c.to(), "a transition's end"), c.at());
                recorded = true;
            }
        }
        if (before == null && after != null && !recorded) {
            history.transition(s.id(), null, null, after.status(), now); // first seen: where its timeline starts
        }
        ServiceState st = states.of(s.id());
        Duration lead = EarlyWarning.afterPage(st, changes);
        if (lead != null) {
            history.pageLag(s.id(), EarlyWarning.newestActive(after), lead, now);
        }
        history.commit(); // this poll's writes end here: the store keeps them as one
        if (changes.stream().anyMatch(c -> c.kind() == ChangeKind.UNREADABLE)) {
            checkNetwork(now); // the last page to go may mean this machine went: one notice, not one per service
        }
        List<Notice> notices = policy.decide(s, changes, detector.shown(s.id()), now);
        List<Notice> toTell = lead == null ? notices : EarlyWarning.caughtUp(st, notices, lead);
        telling.afterPoll(s.id(), changes, toTell, detector.shown(s.id()), now).forEach(notify);
        ItIsMe.Machine here = ItIsMe.judge(states);
        if (!told.sameAfterPoll(row(s, here), unlisted(s, detector.lastGood(s.id()).orElse(null)),
                st.polled() && !st.unreachable(), here, policy.snoozedUntil(now))) {
            tellTray(now);
        }
        return policy.takeFinishedWatching();
    }

    /** The snooze was set, ended, or may have run out by {@code now}: the tray shows so at once. */
    public synchronized void snoozeMoved(Instant now) {
        tellTray(now);
    }

    /** The tray hears of a poll or probe only when it changed what the tray shows: a row, this machine, the snooze. */
    private void tellTray(Instant now) {
        ItIsMe.Machine here = ItIsMe.judge(states);
        if (!told.same(rows(here), here, unlistedByService(), policy.snoozedUntil(now))) {
            tray.accept(trayState(now));
        }
    }

    /** Now and then: the trouble found at start, and degradations held to be grouped, once held long enough. */
    public synchronized void tick(Instant now) {
        telling.tick(now).forEach(notify);
    }

    /**
     * Is it this machine ({@link ItIsMe})? One notice for every service when that changes: offline, names
     * failing, or back; while it is this machine, pages that cannot be read say nothing of their services.
     */
    public synchronized void checkNetwork(Instant now) {
        ItIsMe.Machine now0 = ItIsMe.judge(states);
        if (now0 != machine) {
            machine = now0;
            policy.network(now0, now).forEach(notify);
            tellTray(now);
        }
    }

    /**
     * The ids of the watched services besides {@code serviceId} that are not operational now: their page
     * shows something else than operational ({@code unknown} apart: not knowing is no trouble), or they have
     * stopped answering from here.
     */
    public List<String> notOperational(@Nullable String serviceId) {
        List<String> ids = new ArrayList<>();
        for (ServiceState st : states.watched()) {
            Status shown = st.shown();
            if (!st.id.equals(serviceId) && (shown.isKnown() && shown != Status.OPERATIONAL || st.probes.down())) {
                ids.add(st.id);
            }
        }
        return ids;
    }

    /** The whole tray state at {@code now} (the snooze as it stands then); what the tray is given next. */
    public synchronized TrayState trayState(Instant now) {
        ItIsMe.Machine here = ItIsMe.judge(states);
        return told.state(rows(here), here, unlistedByService(), policy.snoozedUntil(now), now);
    }

    private List<TrayState.Row> rows(ItIsMe.Machine here) {
        return watchedConfigs().stream().map(s -> row(s, here)).toList();
    }

    private TrayState.Row row(ServiceConfig s, ItIsMe.Machine here) {
        Status shown = detector.shown(s.id());
        Snapshot good = detector.lastGood(s.id()).orElse(null);
        String name = s.displayName(good == null ? null : good.service());
        String description = shown == Status.UNKNOWN ? detector.failure(s.id()).orElse("not read yet")
                : good != null && good.description() != null ? good.description() : "";
        PageTrouble trouble = shown == Status.UNKNOWN ? detector.trouble(s.id()).orElse(null) : null; // moot before
        return new TrayState.Row(s.id(), name, shown, description, verdict(s, here), trouble, s.muted());
    }

    private @Nullable Verdict verdict(ServiceConfig s, ItIsMe.Machine here) {
        return Verdicts.of(states, states.of(s.id()), probing.addressOf(s).isPresent(), here);
    }

    /** Whether it seems this machine is offline ({@link ItIsMe}): every page polled got no answer, nor any probe. */
    public boolean offline() {
        return ItIsMe.judge(states) == ItIsMe.Machine.OFFLINE;
    }

    /** What the windows show of every watched service, in the config's order. */
    public List<ServiceView> serviceViews() {
        List<ServiceView> views = new ArrayList<>();
        ItIsMe.Machine here = ItIsMe.judge(states);
        for (ServiceConfig s : watchedConfigs()) {
            Status shown = detector.shown(s.id());
            Snapshot good = detector.lastGood(s.id()).orElse(null);
            String name = s.displayName(good == null ? null : good.service());
            String failure = detector.failure(s.id()).orElse(shown == Status.UNKNOWN ? "not read yet" : null);
            List<Incident> active = good == null ? List.of()
                    : good.incidents().stream().filter(Incident::isActive).collect(Collectors.toList());
            List<Maintenance> open = good == null ? List.of()
                    : good.maintenances().stream().filter(Maintenance::isOpen).collect(Collectors.toList());
            ServiceState st = states.of(s.id());
            ProbeResult probe = st.probes.last();
            Verdict verdict = verdict(s, here);
            views.add(new ServiceView(s.id(), name, s.url(), shown, good == null ? null : good.description(), failure,
                    detector.lastChecked(s.id()).orElse(null), good == null ? null : good.fetchedAt(), active, open,
                    verdict, probe == null ? null : probe.ms().total(), probe == null ? null : probe.at(), unlisted(s, good),
                    detector.trouble(s.id()).orElse(null))
                    .withComponents(watchedListed(s, good)));
        }
        return views;
    }

    private Map<String, List<Component>> unlistedByService() {
        Map<String, List<Component>> out = new HashMap<>();
        for (ServiceConfig s : watchedConfigs()) {
            List<Component> kept = unlisted(s, detector.lastGood(s.id()).orElse(null));
            if (!kept.isEmpty()) {
                out.put(s.id(), kept);
            }
        }
        return out;
    }

    /** The components the page lists of what is watched (every one when it is watched whole), in page order. */
    private List<Component> watchedListed(ServiceConfig s, @Nullable Snapshot good) {
        if (good == null) {
            return List.of();
        }
        ServiceState st = states.of(s.id());
        Set<String> ids;
        synchronized (st) {
            ids = st.watchedIds;
        }
        return good.components().stream()
                .filter(c -> c.listed() && (s.components().isEmpty() || ids != null && ids.contains(c.id()))).toList();
    }

    /** The watched components the page no longer lists, kept with their last status (none when it is watched whole). */
    private static List<Component> unlisted(ServiceConfig s, @Nullable Snapshot good) {
        if (good == null || s.components().isEmpty()) {
            return List.of();
        }
        return good.components().stream().filter(c -> !c.listed()).toList();
    }

    private List<ServiceConfig> watchedConfigs() {
        return states.watched().stream().map(ServiceState::config).toList();
    }

    /**
     * Every component whose status moved; on the first read ever, every component as first seen (from null),
     * and so later a component new to a page that lists them all (added, or regrouped under a new id).
     */
    private void componentTransitions(String serviceId, @Nullable Snapshot before, Snapshot after, Instant now) {
        Map<String, Status> was = new HashMap<>();
        if (before != null) {
            before.components().forEach(c -> was.put(c.id(), c.status()));
        }
        for (Component c : after.components()) {
            Status old = was.get(c.id());
            if (before == null || old != null && old != c.status() || old == null && after.componentsComplete()) {
                history.transition(serviceId, c.id(), old, c.status(), now);
            }
        }
    }
}
