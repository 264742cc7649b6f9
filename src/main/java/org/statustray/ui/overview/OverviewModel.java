package org.statustray.ui.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.ServiceView;
import org.statustray.ui.UiActions;
import org.statustray.ui.When;

/**
 * The overview's state: one row per watched service in config order, a header summary, and the selected
 * service, kept by id across updates so a keyboard user keeps their place. Use on the FX thread.
 */
public final class OverviewModel {
    private final Clock clock;
    private final OverviewTexts texts;
    private final ObservableList<OverviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OverviewRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<OverviewSummary> summary = new ReadOnlyObjectWrapper<>(OverviewSummary.WAITING);
    private final ReadOnlyBooleanWrapper noServices = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper();
    private final OverviewQuiet quiet = new OverviewQuiet();
    private List<ServiceView> views = List.of();
    private AlternativeGroups alternatives = AlternativeGroups.NONE;
    /** Services asked to be detected again, with when they were last checked as it was asked. */
    private final Map<String, Optional<Instant>> detecting = new HashMap<>();
    private boolean replacing;
    private boolean offline;

    public OverviewModel(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.texts = new OverviewTexts(new When(zone));
    }

    /** The services that can stand in for each other: a row in trouble names those of its group that are well. */
    public void alternatives(AlternativeGroups groups) {
        this.alternatives = groups;
        refresh();
    }

    /** Every watched service, in config order, after a poll. A null list reads as none. */
    public void update(List<ServiceView> views) {
        update(views, false);
    }

    /** As {@link #update(List)}; {@code offline}: this machine seems offline (the watching's verdict). */
    public void update(List<ServiceView> views, boolean offline) {
        this.offline = offline;
        this.views = views == null ? List.of()
                : views.stream().filter(v -> v != null && v.id() != null).toList();
        Map<String, Optional<Instant>> checked = new HashMap<>();
        this.views.forEach(v -> checked.put(v.id(), Optional.ofNullable(v.lastChecked())));
        detecting.entrySet().removeIf(e -> !e.getValue().equals(checked.get(e.getKey()))); // checked since: done
        noServices.set(this.views.isEmpty());
        refresh();
    }

    /**
     * "Detect again" for the service: asked of {@code actions} when its row offers it (its page answers but does
     * not read) and it is not being detected already; the row says "Detecting…" until the service's next check.
     * Whether it was asked.
     */
    public boolean detectAgain(String id, UiActions actions) {
        int i = indexOf(id);
        if (i < 0 || !rows.get(i).detectAgain() || rows.get(i).detecting()) {
            return false;
        }
        ServiceView view = views.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
        detecting.put(id, Optional.ofNullable(view == null ? null : view.lastChecked()));
        refresh();
        actions.detectAgain(id);
        return true;
    }

    /** The snooze and the muted services, as the tray shows them. */
    public OverviewQuiet quiet() {
        return quiet;
    }

    /** Re-reads the clock: "checked 40 s ago" and the other relative times move on. */
    public void tick() {
        refresh();
    }

    public ObservableList<OverviewRow> rows() {
        return readOnlyRows;
    }

    /** "All 6 services operational", "2 of 6 services need attention", "1 service cannot be read", and a mark. */
    public ReadOnlyObjectProperty<OverviewSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public OverviewSummary summary() {
        return summary.get();
    }

    /** True once an update said that no service is watched (not before the first update). */
    public ReadOnlyBooleanProperty noServicesProperty() {
        return noServices.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public String selectedId() {
        return selectedId.get();
    }

    /** The selected row's index, or -1 when there are no rows. */
    public int selectedIndex() {
        return indexOf(selectedId.get());
    }

    /**
     * The person chose this service. Ignored for an id not shown, and while the rows are being replaced
     * (a list control reshuffles its selection then; that is not the person's choice).
     */
    public void select(String id) {
        if (!replacing && indexOf(id) >= 0) {
            selectedId.set(id);
        }
    }

    private void refresh() {
        int oldIndex = selectedIndex();
        List<OverviewRow> fresh = new ArrayList<>(views.size());
        views.forEach(v -> fresh.add(texts.row(v, clock.instant(), detecting.containsKey(v.id()))
                .withAlternatives(AlternativesLine.of(v, views, alternatives))));
        replacing = true;
        try {
            if (!sameIds(fresh)) {
                rows.setAll(fresh);
            } else {
                for (int i = 0; i < fresh.size(); i++) {
                    if (!rows.get(i).equals(fresh.get(i))) {
                        rows.set(i, fresh.get(i));
                    }
                }
            }
        } finally {
            replacing = false;
        }
        if (indexOf(selectedId.get()) < 0) {
            selectedId.set(rows.isEmpty() ? null : rows.get(Math.max(0, Math.min(oldIndex, rows.size() - 1))).id());
        }
        summary.set(views.isEmpty() && !noServices.get() ? OverviewSummary.WAITING
                : OverviewSummary.of(rows, offline));
    }

    private boolean sameIds(List<OverviewRow> fresh) {
        if (fresh.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).id().equals(rows.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
