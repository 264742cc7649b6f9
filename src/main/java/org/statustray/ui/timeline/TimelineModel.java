package org.statustray.ui.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoredIncident;
import org.statustray.store.StoredMaintenance;
import org.statustray.store.Transition;
import org.statustray.store.UncheckedStoreException;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.UnlistedWords;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/**
 * The timeline of one service over a period (24 h, 7 d, 90 d): a band per watched component and one for
 * the whole service, each with its uptime, the service's probes from this machine when it has any, and the
 * period's incidents and maintenances, newest first.
 * Everything comes from the history store; {@link #reload} re-reads it (one service, one period), off the
 * FX thread once {@link #readOn} says where. Use on the FX thread.
 */
public final class TimelineModel {
    /** How far back the timeline looks. */
    public enum Period {
        DAY(Duration.ofHours(24), "24 h", "24 hours"),
        WEEK(Duration.ofDays(7), "7 d", "7 days"),
        QUARTER(Duration.ofDays(90), "90 d", "90 days");

        private final Duration length;
        private final String shortLabel;
        private final String words;

        Period(Duration length, String shortLabel, String words) {
            this.length = length;
            this.shortLabel = shortLabel;
            this.words = words;
        }

        public Duration length() {
            return length;
        }

        /** "24 h", "7 d", "90 d". */
        public String shortLabel() {
            return shortLabel;
        }

        /** "24 hours", "7 days", "90 days". */
        public String words() {
            return words;
        }
    }

    /** A maintenance of the period with its one-line heading. */
    public record MaintenanceRow(Maintenance maintenance, String heading) {
    }

    private static final System.Logger LOG = System.getLogger(TimelineModel.class.getName());
    static final String NO_STORE = "The history could not be opened, so there is no timeline to show."
            + " StatusTray still watches the service; restart it once the data folder is usable again.";

    private final HistoryReads store;
    private final ServiceConfig service;
    private final String name;
    private final Clock clock;
    private final When when;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.DAY);
    private final ObservableList<TimelineBand> bands = FXCollections.observableArrayList();
    private final ObservableList<TimelineAxis.Tick> ticks = FXCollections.observableArrayList();
    private final ObservableList<TimelineIncident> incidents = FXCollections.observableArrayList();
    private final ObservableList<MaintenanceRow> maintenances = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<ProbeBand> probes = new ReadOnlyObjectWrapper<>(this, "probes");
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper(this, "range", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper noIncidents = new ReadOnlyStringWrapper(this, "noIncidents", "");
    private final ObservableList<TimelineBand> bandsView = FXCollections.unmodifiableObservableList(bands);
    private final ObservableList<TimelineAxis.Tick> ticksView = FXCollections.unmodifiableObservableList(ticks);
    private final ObservableList<TimelineIncident> incidentsView = FXCollections.unmodifiableObservableList(incidents);
    private final ObservableList<MaintenanceRow> maintenancesView = FXCollections.unmodifiableObservableList(maintenances);
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;
    private int generation;
    private Instant now;

    /** {@code store} is null when the history could not be opened (the window then says so). */
    public TimelineModel(@Nullable HistoryStore store, ServiceConfig service, String name, Clock clock, ZoneId zone) {
        this.store = HistoryReads.of(store);
        this.service = service;
        this.name = name != null && !name.isBlank() ? name : service.displayName(null);
        this.clock = clock;
        this.when = new When(zone);
        this.now = clock.instant();
        period.addListener((obs, was, is) -> {
            if (is == null) {
                period.set(was);
            } else {
                reload();
            }
        });
    }

    /**
     * Where {@link #reload} reads the store ({@code background}) and shows what it read ({@code fx}, the FX
     * thread); until called, both happen in the call. Call on the FX thread.
     */
    public void readOn(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /**
     * Re-reads the store for the current period, on the executor of {@link #readOn}; what it read is shown
     * unless a later reload (a poll, another period) was asked meanwhile. A store that fails becomes
     * {@link #problemProperty}.
     */
    public void reload() {
        int gen = ++generation;
        Period p = getPeriod();
        Instant at = clock.instant();
        Instant since = at.minus(p.length());
        if (!store.available()) {
            show(gen, new Read(at, since, p, NO_STORE, null, List.of(), null, List.of(), List.of()));
            return;
        }
        try {
            background.execute(() -> {
                Read read = read(p, since, at);
                fx.execute(() -> show(gen, read));
            });
        } catch (RejectedExecutionException e) { // the app is shutting down
            show(gen, new Read(at, since, p, "The history cannot be read now: StatusTray is shutting down.", null,
                    List.of(), null, List.of(), List.of()));
        }
    }

    /** What one reload read, ready to show; {@code trouble} says why nothing is. */
    private record Read(Instant at, Instant since, Period period, @Nullable String trouble, @Nullable Status current,
            List<TimelineBand> bands, @Nullable ProbeBand probes, List<TimelineIncident> incidents,
            List<MaintenanceRow> maintenances) {
    }

    /** Off the FX thread: touches the store and nothing observable. */
    private Read read(Period p, Instant since, Instant at) {
        try {
            return load(p, since, at);
        } catch (UncheckedStoreException e) {
            return new Read(at, since, p, "The history could not be read: " + e.getMessage(), null, List.of(),
                    null, List.of(), List.of());
        } catch (RuntimeException e) { // odd data must not break the window; the log has the details
            LOG.log(System.Logger.Level.WARNING, "the timeline of " + service.id() + " could not be built", e);
            return new Read(at, since, p, "The timeline could not be built from the history ("
                    + e.getClass().getSimpleName() + "); the log has the details.", null, List.of(), null, List.of(),
                    List.of());
        }
    }

    private Read load(Period p, Instant since, Instant at) {
        String id = service.id();
        Optional<Snapshot> snapshot = store.lastSnapshot(id);
        List<Incident> periodIncidents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Duration> leads = new HashMap<>();
        for (StoredIncident s : store.incidents(id, since)) {
            if (overlaps(s.incident(), since, at)) {
                periodIncidents.add(s.incident());
                seen.add(s.incident().id());
                if (s.lead() != null) {
                    leads.put(s.incident().id(), s.lead());
                }
            }
        }
        // An incident still open but quiet since before the period is not among the period's rows.
        snapshot.ifPresent(s -> s.incidents().stream().filter(i -> !seen.contains(i.id()) && overlaps(i, since, at))
                .forEach(periodIncidents::add));
        periodIncidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        boolean complete = store.backfilledAt(id).isPresent();
        List<Transition> transitions = new ArrayList<>(store.transitionsBefore(id, since)); // the state at the start
        transitions.addAll(store.transitions(id, since));
        Set<String> listedOpen = new HashSet<>();
        snapshot.ifPresent(s -> s.incidents().stream().filter(Incident::isActive).forEach(i -> listedOpen.add(i.id())));
        List<TimelineBand> built = TimelineBands.build(rows(snapshot, periodIncidents, at), transitions, periodIncidents,
                listedOpen, complete, since, at);
        List<MaintenanceRow> planned = new ArrayList<>();
        for (StoredMaintenance m : store.maintenances(id, since)) {
            planned.add(new MaintenanceRow(m.maintenance(), maintenanceHeading(m.maintenance(), at)));
        }
        Status current = snapshot.map(s -> service.components().isEmpty() ? s : s.watching(service.components()))
                .map(Snapshot::status).orElse(null);
        ProbeBand probed = ProbeBands.build(store.probeSeries(id, since, at), since, at, p);
        return new Read(at, since, p, null, current, built, probed,
                periodIncidents.stream().map(i -> TimelineIncident.of(i, leads.get(i.id()), when, at)).toList(), planned);
    }

    private static boolean overlaps(Incident i, Instant since, Instant at) {
        Instant end = TimelineBands.end(i);
        return (end == null || !end.isBefore(since)) && (i.started() == null || !i.started().isAfter(at));
    }

    /** On the FX thread: shows a read, unless a later reload was asked since (its result is the one to show). */
    private void show(int gen, Read read) {
        if (gen != generation) {
            return;
        }
        now = read.at();
        range.set(when.time(read.since(), now) + " – " + when.time(now, now) + " " + when.zoneName(now));
        ticks.setAll(TimelineAxis.ticks(read.period(), read.since(), now, when.zone()));
        problem.set(read.trouble());
        status.set(read.current());
        probes.set(read.probes());
        bands.setAll(read.bands());
        noIncidents.set(EmptyIncidents.text(read.period(), read.bands()));
        if (!incidents.equals(read.incidents())) { // unchanged after a poll: the view keeps its panes as they are
            incidents.setAll(read.incidents());
        }
        if (!maintenances.equals(read.maintenances())) {
            maintenances.setAll(read.maintenances());
        }
    }

    /**
     * The whole service first, then the watched components (all the page lists when none are chosen); a page
     * that lists only affected components adds those its incidents of the period name, where it knows them. A
     * watched component the page no longer lists says since when.
     */
    private List<TimelineBands.Row> rows(Optional<Snapshot> snapshot, List<Incident> periodIncidents, Instant at) {
        List<TimelineBands.Row> rows = new ArrayList<>();
        rows.add(new TimelineBands.Row(null, "Whole service"));
        if (snapshot.isEmpty()) {
            return rows;
        }
        Snapshot s = snapshot.get();
        Set<String> ids = new LinkedHashSet<>();
        if (!service.components().isEmpty()) {
            ids.addAll(s.resolve(service.components()));
        } else {
            s.components().forEach(c -> ids.add(c.id()));
        }
        if (!s.componentsComplete() && service.components().isEmpty()) {
            periodIncidents.forEach(i -> ids.addAll(i.componentIds()));
        }
        for (Component c : s.components()) {
            if (ids.contains(c.id())) {
                rows.add(new TimelineBands.Row(c.id(), c.displayName() + UnlistedWords.note(c, when, at)));
            }
        }
        return rows;
    }

    private String maintenanceHeading(Maintenance m, Instant at) {
        String title = m.title() == null || m.title().isBlank() ? "Maintenance" : m.title().strip();
        StringBuilder sb = new StringBuilder(title).append(" · ").append(Words.phase(m.status()));
        if (m.starts() != null) {
            sb.append(" · ").append(when.time(m.starts(), at));
            if (m.ends() != null) {
                sb.append(" – ").append(when.time(m.ends(), at));
            }
            sb.append(' ').append(when.zoneName(m.starts()));
        }
        return sb.toString();
    }

    /** "Partial outage · 3 Feb 14:05 – 3 Feb 16:10 CET (2 h 5 min)", for a segment's tooltip and accessible text. */
    public String describe(TimelineBand.Segment s) {
        String what = s.status() == null ? "No data" : Words.phase(Words.status(s.status()));
        return what + " · " + when.time(s.from(), now) + " – " + when.time(s.to(), now) + " "
                + when.zoneName(s.to()) + " (" + When.duration(s.length()) + ")";
    }

    /** "2 of 12 probes failed (last: timeout) · first byte 140 ms (90–610 ms) · 3 Feb 14:05 – 3 Feb 14:10 CET". */
    public String describe(ProbeBand.Cell c) {
        return ProbeBands.describe(c, when, now);
    }

    /** The probes of the service from this machine over the period; null when there are none (no band). */
    public ReadOnlyObjectProperty<ProbeBand> probesProperty() {
        return probes.getReadOnlyProperty();
    }

    /** "No incidents in the last 7 days", or that there is no data: what the list says when it is empty. */
    public ReadOnlyStringProperty noIncidentsTextProperty() {
        return noIncidents.getReadOnlyProperty();
    }

    public String noIncidentsText() {
        return noIncidents.get();
    }

    public String title() {
        return name + " — StatusTray";
    }

    public String name() {
        return name;
    }

    public ServiceConfig service() {
        return service;
    }

    /** The time of the last reload: the period's end. */
    public Instant now() {
        return now;
    }

    public When when() {
        return when;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public Period getPeriod() {
        return period.get();
    }

    public void setPeriod(Period p) {
        period.set(p);
    }

    /** The bands, the whole service first. */
    public ObservableList<TimelineBand> bands() {
        return bandsView;
    }

    /** The time axis labels, in the user's zone. */
    public ObservableList<TimelineAxis.Tick> ticks() {
        return ticksView;
    }

    /** The period's incidents, newest first. */
    public ObservableList<TimelineIncident> incidents() {
        return incidentsView;
    }

    public ObservableList<MaintenanceRow> maintenances() {
        return maintenancesView;
    }

    /** The status the last read of the service showed (of its watched components); null before any. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "2 Feb 13:30 – 3 Feb 13:30 CET": the period shown. */
    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Why there is nothing to show (no store, a failed read); null when the data is shown. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
