package org.statustray.ui.all;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Overlap;
import org.statustray.model.Status;
import org.statustray.store.UncheckedStoreException;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.When;

/**
 * The all-services window's state: every watched service's band over the period, most troubled first (the
 * longest not operational in the period, then the worst now, then by name), the spans when two or more were
 * not operational at once (the store's overlap rule, {@link OverlapReads}) to highlight across all bands, and
 * those spans as rows. {@link #reload} reads the store off the FX thread and shows the newest read only.
 */
public final class AllServicesModel {
    /** A watched service: its id, the name shown, the components watched (none: the whole page). */
    public record Watched(String id, String name, List<String> components) {
        public Watched {
            components = List.copyOf(components);
        }
    }

    /** A stretch to highlight across all bands ({@code to} is the period's end for an ongoing overlap). */
    public record Highlight(Instant from, Instant to, Overlap overlap) {
    }

    /** Most troubled first: longest not operational, then worst now, then by name. */
    static final Comparator<ServiceBand> MOST_TROUBLED_FIRST = Comparator
            .comparing(ServiceBand::troubled, Comparator.<java.time.Duration>reverseOrder())
            .thenComparing((ServiceBand b) -> severity(b.now()), Comparator.<Integer>reverseOrder())
            .thenComparing(ServiceBand::name, String.CASE_INSENSITIVE_ORDER);

    private static final System.Logger LOG = System.getLogger(AllServicesModel.class.getName());
    static final String NO_STORE = "The history could not be opened, so there is nothing to show."
            + " StatusTray still watches the services; restart it once the data folder is usable again.";

    private final HistoryReads store;
    private final OverlapReads overlapReads;
    private final Supplier<List<Watched>> watched;
    private final Clock clock;
    private final When when;
    private final ObjectProperty<AllPeriod> period = new SimpleObjectProperty<>(this, "period", AllPeriod.DAY);
    private final ObservableList<ServiceBand> bands = FXCollections.observableArrayList();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ObservableList<OverlapRow> overlaps = FXCollections.observableArrayList();
    // one view each, kept: an unmodifiable view forwards changes through a weak listener, so a view made per
    // call and listened to would be collected with its listeners
    private final ObservableList<ServiceBand> bandsView = FXCollections.unmodifiableObservableList(bands);
    private final ObservableList<Highlight> highlightsView = FXCollections.unmodifiableObservableList(highlights);
    private final ObservableList<OverlapRow> overlapsView = FXCollections.unmodifiableObservableList(overlaps);
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper(this, "range", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;
    private int generation;
    private Instant since;
    private Instant at;
    private @Nullable Instant asked;

    public AllServicesModel(HistoryReads store, OverlapReads overlapReads, Supplier<List<Watched>> watched,
            Clock clock, ZoneId zone) {
        this.store = store;
        this.overlapReads = overlapReads;
        this.watched = watched;
        this.clock = clock;
        this.when = new When(zone);
        this.at = clock.instant();
        this.since = at.minus(AllPeriod.DAY.length());
        period.addListener((obs, was, is) -> {
            if (is == null) {
                period.set(was);
            } else {
                reload();
            }
        });
    }

    /** Where {@link #reload} reads ({@code background}) and shows ({@code fx}); until called, both in the call. */
    public void readOn(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** What one reload read. */
    private record Read(Instant since, Instant at, @Nullable String trouble, List<ServiceBand> bands,
            List<Overlap> overlaps) {
    }

    /** Re-reads the store unless the last reload was asked less than {@code age} ago; call on the FX thread. */
    public void reloadIfOlderThan(java.time.Duration age) {
        if (asked == null || !clock.instant().isBefore(asked.plus(age))) {
            reload();
        }
    }

    /** Re-reads the store for the period; call on the FX thread. */
    public void reload() {
        int gen = ++generation;
        Instant now = clock.instant();
        asked = now;
        Instant from = now.minus(getPeriod().length());
        List<Watched> services = watched.get();
        if (!store.available()) {
            show(gen, new Read(from, now, NO_STORE, List.of(), List.of()));
            return;
        }
        try {
            background.execute(() -> {
                Read read = read(services, from, now);
                fx.execute(() -> show(gen, read));
            });
        } catch (RejectedExecutionException e) { // the app is shutting down
            show(gen, new Read(from, now, "The history cannot be read now: StatusTray is shutting down.", List.of(),
                    List.of()));
        }
    }

    private Read read(List<Watched> services, Instant from, Instant to) {
        try {
            List<ServiceBand> read = new ArrayList<>();
            for (Watched w : services) {
                read.add(BandReads.read(store, w, from, to));
            }
            read.sort(MOST_TROUBLED_FIRST);
            return new Read(from, to, null, read,
                    overlapReads.overlaps(services.stream().map(Watched::id).toList(), from, to, to));
        } catch (UncheckedStoreException e) {
            return new Read(from, to, "The history could not be read: " + e.getMessage(), List.of(), List.of());
        } catch (RuntimeException e) { // odd data must not break the window; the log has the details
            LOG.log(System.Logger.Level.WARNING, "the all-services bands could not be built", e);
            return new Read(from, to, "The bands could not be built from the history (" + e.getClass().getSimpleName()
                    + "); the log has the details.", List.of(), List.of());
        }
    }

    private void show(int gen, Read read) {
        if (gen != generation) {
            return; // a later reload was asked meanwhile: its read is the one to show
        }
        since = read.since();
        at = read.at();
        range.set(when.time(since, at) + " – " + when.time(at, at) + " " + when.zoneName(at));
        problem.set(read.trouble());
        bands.setAll(read.bands());
        highlights.setAll(highlights(read.overlaps(), since, at));
        overlaps.setAll(read.overlaps().stream().map(o -> OverlapRow.of(o, this::nameOf, when, at)).toList());
    }

    /** The overlaps clipped to the period, an ongoing one up to its end; those wholly outside it dropped. */
    static List<Highlight> highlights(List<Overlap> overlaps, Instant since, Instant at) {
        List<Highlight> out = new ArrayList<>();
        for (Overlap o : overlaps) {
            Instant from = o.start().isBefore(since) ? since : o.start();
            Instant to = o.end() == null || o.end().isAfter(at) ? at : o.end();
            if (to.isAfter(from)) {
                out.add(new Highlight(from, to, o));
            }
        }
        out.sort(Comparator.comparing(Highlight::from));
        return out;
    }

    /**
     * What hovering band {@code band} at {@code t} tells: when, its status and why, and every other service
     * not operational then with why ("also down").
     */
    public String describeAt(ServiceBand band, Instant t) {
        StringBuilder sb = new StringBuilder(when.time(t, at)).append(" — ").append(said(band, t));
        List<String> others = bands.stream().filter(b -> b != band && b.downAt(t)).map(b -> said(b, t)).toList();
        if (!others.isEmpty()) {
            sb.append(band.downAt(t) ? "\nAt the same time: " : "\nDown then: ").append(String.join("; ", others));
        }
        return sb.toString();
    }

    /** "OpenAI: Degraded (Elevated error rates)", "Claude: no data". */
    private static String said(ServiceBand b, Instant t) {
        Status s = b.statusAt(t);
        String text = b.name() + ": " + (s == null ? "no data" : s.words());
        List<String> why = b.whyAt(t);
        return why.isEmpty() ? text : text + " (" + String.join("; ", why) + ")";
    }

    /** The band's summary, for its accessible text and the tooltip when focused. */
    public String summary(ServiceBand band) {
        long together = highlights.stream().filter(h -> band.downAt(h.from())).count();
        String trouble = band.troubled().isZero() ? "no problems in the last " + getPeriod().label()
                : "not operational for " + When.duration(band.troubled()) + " in the last " + getPeriod().label();
        String now = band.now() == null ? "" : "; now " + band.now().words();
        return band.name() + ": " + trouble + now + (together == 0 ? "" : "; down with others " + together
                + (together == 1 ? " time" : " times")) + ". Enter opens its timeline.";
    }

    private String nameOf(String id) {
        return bands.stream().filter(b -> b.serviceId().equals(id)).map(ServiceBand::name).findFirst().orElse(id);
    }

    private static int severity(@Nullable Status s) {
        return s == null || !s.isKnown() ? -1 : s.ordinal();
    }

    public ObjectProperty<AllPeriod> periodProperty() {
        return period;
    }

    public AllPeriod getPeriod() {
        return period.get();
    }

    public void setPeriod(AllPeriod p) {
        period.set(p);
    }

    public ObservableList<ServiceBand> bands() {
        return bandsView;
    }

    public ObservableList<Highlight> highlights() {
        return highlightsView;
    }

    public ObservableList<OverlapRow> overlaps() {
        return overlapsView;
    }

    public Instant since() {
        return since;
    }

    public Instant at() {
        return at;
    }

    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
