package org.statustray.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoredIncident;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.When;

/**
 * The incident history window's state: every stored incident of every service, read off the FX thread once
 * per {@link #reload}, then filtered and sorted in memory (a keystroke never queries the store). The lists
 * and properties belong to the FX thread; {@code displayName} is called on the background thread.
 */
public final class HistoryModel {
    static final String EMPTY_STORE = "No incidents stored yet — they appear as StatusTray watches your services";
    static final String NO_MATCH = "No incident matches these filters";
    static final String NO_STORE = "The incident history is unavailable: its store (history.db) could not be opened.";

    /** A choice of the service filter; {@code id} null means every service. */
    public record ServiceChoice(@Nullable String id, String name) {
        public static final ServiceChoice ALL = new ServiceChoice(null, "All services");

        @Override
        public String toString() {
            return name;
        }
    }

    private final HistoryReads store;
    private final Function<String, String> displayName;
    private final Clock clock;
    private final ZoneId zone;
    private final When when;
    private final ObservableList<HistoryRow> all = FXCollections.observableArrayList();
    private final FilteredList<HistoryRow> filtered = new FilteredList<>(all);
    private final SortedList<HistoryRow> sorted = new SortedList<>(filtered);
    private final ObservableList<ServiceChoice> services = FXCollections.observableArrayList(ServiceChoice.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<String> serviceFilter = new SimpleObjectProperty<>(this, "serviceFilter");
    private final ObjectProperty<ImpactFilter> impactFilter = new SimpleObjectProperty<>(this, "impactFilter", ImpactFilter.ALL);
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");
    private final ReadOnlyBooleanWrapper exportFailed = new ReadOnlyBooleanWrapper(this, "exportFailed");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;
    private boolean reloaded;
    private int generation;
    /** The store's incidents version the rows shown were read at; whether to look again once they are. */
    private long readVersion;
    private boolean recheck;
    private AtTheSameTime sameTime = AtTheSameTime.NONE;

    /** What a read of the store gives. */
    private record Loaded(List<HistoryRow> rows, AtTheSameTime sameTime) {
    }

    /**
     * @param store the history, or null when it could not be opened (the window then says so)
     * @param displayName a service's name from its id; null or a throw falls back to the id
     */
    public HistoryModel(@Nullable HistoryStore store, Function<String, String> displayName, Clock clock, ZoneId zone) {
        this.store = HistoryReads.of(store);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.when = new When(zone);
        for (Observable o : List.<Observable>of(searchText, serviceFilter, impactFilter, fromDate, toDate)) {
            o.addListener(x -> applyFilters());
        }
        filtered.addListener((Observable x) -> {
            if (selected.get() != null && filtered.getPredicate() != null && !filtered.getPredicate().test(selected.get())) {
                selected.set(null);
            }
            updateTexts();
        });
        error.addListener(x -> updateTexts());
        loading.addListener(x -> updateTexts());
        updateTexts();
    }

    /** Reads the store on {@code background}, then shows the rows on {@code fx}. Call on the FX thread. */
    public void reload(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        reloaded = true;
        int gen = ++generation;
        if (!store.available()) {
            publish(gen, null, NO_STORE);
            return;
        }
        loading.set(true);
        error.set(null);
        recheck = false;
        readVersion = store.incidentsVersion(); // before the read: a write during it is seen as a change
        Instant now = clock.instant();
        try {
            background.execute(() -> {
                Loaded rows = null;
                String failure = null;
                try {
                    rows = load(now);
                } catch (RuntimeException e) {
                    failure = oneLine(e);
                }
                Loaded loaded = rows;
                String failed = failure;
                fx.execute(() -> publish(gen, loaded, failed));
            });
        } catch (RejectedExecutionException e) {
            publish(gen, null, "The incident history cannot be read now: the app is shutting down.");
        }
    }

    /** Reads the store again with the executors of the last {@link #reload}; nothing before the first. */
    public void refresh() {
        if (reloaded && !loading.get()) {
            reload(background, fx);
        }
    }

    /**
     * Reads the store again, as {@link #refresh} does, only when its incidents changed since the rows shown
     * were read (a poll that brought nothing new costs nothing); during a read, once it is shown. Call on the
     * FX thread.
     */
    public void refreshIfStoreChanged() {
        if (!reloaded) {
            return;
        }
        if (loading.get()) {
            recheck = true;
        } else if (store.incidentsVersion() != readVersion) {
            reload(background, fx);
        }
    }

    private Loaded load(Instant now) {
        List<StoredIncident> stored = store.incidents(null, null);
        Map<String, String> names = new HashMap<>();
        List<HistoryRow> rows = new ArrayList<>(stored.size());
        Set<String> listedOpen = new HashSet<>();
        for (StoredIncident s : stored) {
            String name = names.computeIfAbsent(s.serviceId(), id -> {
                store.lastSnapshot(id).ifPresent(last -> last.incidents().stream().filter(Incident::isActive)
                        .forEach(i -> listedOpen.add(AtTheSameTime.openKey(id, i.id()))));
                return name(id);
            });
            rows.add(HistoryRow.of(s.serviceId(), name, s.incident(), s.lead(), now));
        }
        return new Loaded(rows, AtTheSameTime.of(rows, listedOpen));
    }

    private String name(String serviceId) {
        try {
            String name = displayName.apply(serviceId);
            return name == null || name.isBlank() ? serviceId : name;
        } catch (RuntimeException e) {
            return serviceId;
        }
    }

    private void publish(int gen, @Nullable Loaded rows, @Nullable String failure) {
        if (gen != generation) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().key();
        error.set(failure);
        sameTime = rows == null ? AtTheSameTime.NONE : rows.sameTime();
        all.setAll(rows == null ? List.of() : rows.rows());
        List<ServiceChoice> choices = serviceChoices(all);
        if (!services.equals(choices)) {
            services.remove(1, services.size()); // "All services" stays, and so does the choice of it
            services.addAll(choices.subList(1, choices.size()));
        }
        loading.set(false);
        selected.set(keep == null ? null : sorted.stream().filter(r -> r.key().equals(keep)).findFirst().orElse(null));
        updateTexts();
        if (recheck) {
            recheck = false;
            refreshIfStoreChanged();
        }
    }

    private static List<ServiceChoice> serviceChoices(List<HistoryRow> rows) {
        Map<String, String> byId = new HashMap<>();
        rows.forEach(r -> byId.putIfAbsent(r.serviceId(), r.serviceName()));
        List<ServiceChoice> out = new ArrayList<>();
        byId.forEach((id, name) -> out.add(new ServiceChoice(id, name)));
        out.sort(Comparator.comparing((ServiceChoice c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(ServiceChoice::id));
        out.add(0, ServiceChoice.ALL);
        return out;
    }

    private void applyFilters() {
        HistoryFilter f = filter();
        filtered.setPredicate(f.isEmpty() ? null : f.predicate());
    }

    HistoryFilter filter() {
        return new HistoryFilter(serviceFilter.get(), impactFilter.get(), fromDate.get(), toDate.get(), searchText.get(), zone);
    }

    /** Back to every incident. */
    public void clearFilters() {
        searchText.set("");
        serviceFilter.set(null);
        impactFilter.set(ImpactFilter.ALL);
        fromDate.set(null);
        toDate.set(null);
    }

    private void updateTexts() {
        boolean busy = loading.get();
        String problem = error.get();
        countText.set(busy ? "Loading…" : problem != null ? "" : count(filtered.size()) + " of " + count(all.size(), "incident"));
        placeholder.set(problem != null ? problem : busy ? "Loading incidents…" : all.isEmpty() ? EMPTY_STORE
                : filtered.isEmpty() ? NO_MATCH : "");
    }

    static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String count(int n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Writes the rows shown, in the order shown, as CSV; the outcome is told in {@link #exportMessageProperty}. */
    public void exportCsv(Path file) {
        export(HistoryExport.Format.CSV, file);
    }

    /** Like {@link #exportCsv}, as JSON in the shape of {@code statustray history --json}. */
    public void exportJson(Path file) {
        export(HistoryExport.Format.JSON, file);
    }

    private void export(HistoryExport.Format format, Path file) {
        List<HistoryRow> rows = List.copyOf(sorted);
        exporting.set(true);
        Runnable work = () -> {
            HistoryExport.Outcome outcome = HistoryExport.write(format, rows, file);
            fx.execute(() -> {
                exportMessage.set(outcome.message());
                exportFailed.set(outcome.failed());
                exporting.set(false);
            });
        };
        try {
            background.execute(work);
        } catch (RejectedExecutionException e) {
            work.run();
        }
    }

    /** A name for an export file: {@code statustray-incidents-2026-03-01.csv}. */
    public String suggestedFileName(String extension) {
        return "statustray-incidents-" + LocalDate.ofInstant(clock.instant(), zone) + "." + extension;
    }

    private static String oneLine(RuntimeException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "Cannot read the incident history (" + e.getClass().getSimpleName() + ").";
        }
        String line = m.lines().findFirst().orElse(m).strip();
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** The rows the table shows: filtered, then sorted by the table's comparator (bind it to the table's). */
    public SortedList<HistoryRow> rows() {
        return sorted;
    }

    public int totalCount() {
        return all.size();
    }

    public ObservableList<ServiceChoice> serviceChoices() {
        return services;
    }

    /** The incidents of other services open while {@code row} was ("At the same time"), oldest first. */
    public List<HistoryRow> atTheSameTime(HistoryRow row) {
        return sameTime.others(row);
    }

    public When when() {
        return when;
    }

    public Instant now() {
        return clock.instant();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The id of the one service shown, or null for all. */
    public ObjectProperty<String> serviceFilterProperty() {
        return serviceFilter;
    }

    public ObjectProperty<ImpactFilter> impactFilterProperty() {
        return impactFilter;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** One line telling why the history cannot be shown; null when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "1,234 of 10,000 incidents". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** What an empty table says: loading, the store's problem, nothing stored yet, or nothing matching. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportFailedProperty() {
        return exportFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
