package org.statustray.ui.settings;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.PageResult;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.Component;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.platform.Autostart;
import org.statustray.platform.PlatformException;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigRules;

/**
 * The settings window's state and logic. Every change is made through {@code changes} to the settings as
 * the file holds them when it is saved (an edit by hand not yet loaded stays), written and put in force; a
 * file that cannot be written is told in {@link #errorProperty()} and the change still applies for this
 * run. Call on the FX thread; detecting an address runs on {@code background} and reports on {@code fx}.
 */
public final class SettingsModel {
    private static final System.Logger LOG = System.getLogger(SettingsModel.class.getName());
    private final Path configFile;
    private final Catalog catalog;
    private final Function<String, Optional<Snapshot>> lastSnapshot;
    private final Autostart autostart;
    private final UrlDetection detection;
    private final KeptConfig kept;
    private final ProbeSettings probes;
    private final ServiceSharing sharing;
    private final ReadOnlyObjectWrapper<ServiceConfig> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<CatalogResult> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper startAtLogin = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper selectedReads = new ReadOnlyIntegerWrapper();
    private @Nullable String selectedId;

    public SettingsModel(Path configFile, AppConfig current, Catalog catalog, Function<URI, PageResult> detect,
            Function<String, Optional<Snapshot>> lastSnapshot, @Nullable Autostart autostart, Executor background,
            Executor fx, ConfigChanges changes) {
        this.configFile = configFile;
        this.catalog = catalog;
        this.lastSnapshot = lastSnapshot;
        this.autostart = autostart != null ? autostart : unavailableAutostart();
        this.detection = new UrlDetection(detect, background, fx);
        this.kept = new KeptConfig(changes, current);
        this.probes = new ProbeSettings(kept, catalog);
        this.sharing = new ServiceSharing(kept, catalog, this::lastRead, this::select);
        kept.config.addListener((o, was, now) -> {
            selected.set(kept.find(selectedId));
            search();
        });
        searchText.addListener((o, was, now) -> search());
        search();
        startAtLogin.set(this.autostart.isEnabled());
    }

    /** The settings changed elsewhere (e.g. a service watched until recovered got muted): show them. */
    public void replaceConfig(AppConfig current) {
        kept.show(current);
    }

    public ReadOnlyObjectProperty<AppConfig> configProperty() {
        return kept.config.getReadOnlyProperty();
    }

    public AppConfig config() {
        return kept.get();
    }

    public Path configFile() {
        return configFile;
    }

    /** The watched services in order (read only: change them through this model). */
    public ObservableList<ServiceConfig> services() {
        return FXCollections.unmodifiableObservableList(kept.services);
    }

    /** One line about a change that went wrong (a file not written, a value not accepted); "" when none. */
    public ReadOnlyStringProperty errorProperty() {
        return kept.error.getReadOnlyProperty();
    }

    /** One line about what a change did beyond the obvious (an interval raised to the minimum); "" when none. */
    public ReadOnlyStringProperty infoProperty() {
        return kept.info.getReadOnlyProperty();
    }

    /** Probing each service's own address from this machine: per service and all together. */
    public ProbeSettings probes() {
        return probes;
    }

    /** Exporting and importing the services added by address. */
    public ServiceSharing sharing() {
        return sharing;
    }

    // ---- the service shown in detail

    public ReadOnlyObjectProperty<ServiceConfig> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Shows one service in detail; null or an id no longer watched shows none. */
    public void select(@Nullable String id) {
        selectedId = id;
        selected.set(kept.find(id));
    }

    /** What the service's page said when last read, if it has been. */
    public Optional<Snapshot> lastRead(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : lastSnapshot.apply(id);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the last read of " + id + " is not available", e);
            return Optional.empty();
        }
    }

    /** The service's components from its last read, ticked when watched; none ticked = the whole page. */
    public List<ComponentChoice> componentChoices(String id) {
        ServiceConfig s = kept.find(id);
        return s == null ? List.of() : ComponentChoices.of(lastRead(id).orElse(null), s.components());
    }

    public boolean setComponentWatched(String id, ComponentChoice choice, boolean watched) {
        ServiceConfig s = kept.find(id);
        return s != null && setComponents(id, ComponentChoices.toggle(lastRead(id).orElse(null), s.components(), choice, watched));
    }

    /** Ticks or unticks every component of {@code group}; ticked, the group is watched by its name. */
    public boolean setGroupWatched(String id, String group, boolean watched) {
        ServiceConfig s = kept.find(id);
        return s != null && setComponents(id, ComponentChoices.toggleGroup(lastRead(id).orElse(null), s.components(), group, watched));
    }

    /** A page was read (on the FX thread): the service shown follows it, e.g. lists the components of one just added. */
    public void pageRead(String id) {
        selectedReads.set(selectedReads.get() + (id.equals(selectedId) ? 1 : 0));
    }

    /** Counts the reads of the shown service's page since it was chosen. */
    public ReadOnlyIntegerProperty selectedReadsProperty() {
        return selectedReads.getReadOnlyProperty();
    }

    /** The component selectors to watch ("Group / Name", a name, or a group); empty = the page's overall status. */
    public boolean setComponents(String id, List<String> selectors) {
        return edit(id, s -> ServiceEdits.components(s, selectors), null);
    }

    /** The service's own interval as typed; blank = the global one. Below the host's minimum it is raised. */
    public boolean setServiceInterval(String id, String typed) {
        ServiceConfig s = kept.find(id);
        if (s == null) {
            return missing(id);
        }
        Integer seconds;
        try {
            seconds = ServiceEdits.seconds(typed, "The poll interval");
        } catch (IllegalArgumentException e) {
            return kept.refuse(e.getMessage());
        }
        int minimum = ConfigRules.minimumIntervalFor(s.url());
        String note = null;
        if (seconds != null && seconds < minimum) {
            note = s.displayName(null) + " is polled every " + minimum + " s, the least for " + URI.create(s.url()).getHost()
                    + " (not " + seconds + " s)";
            seconds = minimum;
        }
        Integer chosen = seconds;
        return edit(id, x -> ServiceEdits.interval(x, chosen), note);
    }

    public boolean setMuted(String id, boolean muted) {
        ServiceConfig s = kept.find(id);
        boolean dropWatch = muted && s != null && s.watchUntilRecovered();
        return edit(id, x -> ServiceEdits.flags(x, muted, x.watchUntilRecovered() && !muted),
                dropWatch ? "Watch until recovered is off too: a muted service tells nothing" : null);
    }

    /** Tell only the recovery, then mute; turning it on unmutes (a muted service would not tell it). */
    public boolean setWatchUntilRecovered(String id, boolean watch) {
        ServiceConfig s = kept.find(id);
        boolean unmute = watch && s != null && s.muted();
        return edit(id, x -> ServiceEdits.flags(x, x.muted() && !watch, watch),
                unmute ? Objects.requireNonNull(s).displayName(null) + " is unmuted so that its recovery is told" : null);
    }

    public boolean remove(String id) {
        ServiceConfig s = kept.find(id);
        if (s == null) {
            return missing(id);
        }
        int at = config().services().indexOf(s);
        kept.commit(c -> ServiceEdits.without(c, id), "Removed " + s.displayName(null));
        List<ServiceConfig> rest = config().services();
        select(rest.isEmpty() ? null : rest.get(Math.min(at, rest.size() - 1)).id());
        return true;
    }

    /** Moves a service up ({@code -1}) or down ({@code +1}) the list. */
    public boolean move(String id, int by) {
        if (ServiceEdits.moved(config(), id, by) == config()) {
            return false;
        }
        kept.commit(c -> ServiceEdits.moved(c, id, by), null);
        return true;
    }

    // ---- adding services

    /** The catalogue search; {@link #results()} follow it. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<CatalogResult> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    /** Watches a catalogue service as the catalogue describes it. */
    public boolean addFromCatalog(CatalogEntry entry) {
        Optional<ServiceConfig> same = kept.watching(entry.id(), entry.url());
        if (same.isPresent()) {
            kept.tell(entry.name() + " is already watched" + (same.get().displayName(null).equals(entry.name()) ? "" : " as " + same.get().displayName(null)));
            return false;
        }
        return add(new ServiceConfig(entry.id(), entry.name(), entry.url(), entry.format(), entry.components(), null,
                false, false, false));
    }

    /** Checks a typed address in the background; the outcome arrives in {@link #previewProperty()} or {@link #detectProblemProperty()}. */
    public void detect(String typed) {
        kept.clearMessages();
        detection.start(typed);
    }

    public ReadOnlyObjectProperty<DetectedPage> previewProperty() {
        return detection.preview();
    }

    public ReadOnlyBooleanProperty detectingProperty() {
        return detection.detecting();
    }

    /** Why the typed address was not accepted or no status page was found there; "" when none. */
    public ReadOnlyStringProperty detectProblemProperty() {
        return detection.problem();
    }

    /** Which watched service already reads the page at {@code typed}, as a sentence; "" when none does. */
    public String alreadyWatched(String typed) {
        return kept.watching(null, typed).map(s -> s.displayName(lastRead(s.id()).map(Snapshot::service).orElse(null))
                + " already watches this page (" + s.url() + ")").orElse("");
    }

    /** Watches the previewed page: its format, an id from its host, {@code chosen} components (none = the whole page). */
    public boolean addDetected(List<Component> chosen) {
        DetectedPage page = detection.preview().get();
        if (page == null) {
            return kept.refuse("Detect a status page first, then add it");
        }
        Optional<ServiceConfig> same = kept.watching(null, page.address().toString());
        if (same.isPresent()) {
            return kept.refuse(page.address() + " is already watched as " + same.get().displayName(null));
        }
        List<String> taken = new ArrayList<>();
        config().services().forEach(s -> taken.add(s.id()));
        catalog.all().forEach(c -> taken.add(c.id()));
        List<String> selectors = chosen.stream().map(Component::displayName).distinct().toList();
        boolean added = add(new ServiceConfig(ConfigRules.uniqueIdFor(page.address(), taken), page.name(),
                page.address().toString(), page.format(), selectors, null, false, false, true));
        detection.clear();
        return added;
    }

    // ---- global settings

    /** The global poll interval as typed; blank = 60 s. Below 30 s it is raised unless every page is on this machine. */
    public boolean setGlobalInterval(String typed) {
        Integer seconds;
        try {
            seconds = ServiceEdits.seconds(typed, "The poll interval");
        } catch (IllegalArgumentException e) {
            return kept.refuse(e.getMessage());
        }
        int wanted = seconds == null ? AppConfig.DEFAULT_INTERVAL_SECONDS : seconds;
        int minimum = ConfigRules.minimumGlobalInterval(config().services());
        String note = wanted >= minimum ? null : "Services are polled every " + minimum
                + " s at the most often, the least for pages on other hosts (not " + wanted + " s)";
        kept.commit(c -> ServiceEdits.interval(c, Math.max(wanted, ConfigRules.minimumGlobalInterval(c.services()))), note);
        return true;
    }

    public boolean setMaintenanceNotifications(boolean on) {
        kept.commit(c -> ServiceEdits.notifications(c, on, c.quietHours()), null);
        return true;
    }

    /** Quiet hours off, or from {@code start} to {@code end} (H:mm, in the user's zone; may wrap midnight). */
    public boolean setQuietHours(boolean on, String start, String end) {
        QuietHours hours;
        try {
            hours = on ? ServiceEdits.quietHours(start, end) : null;
        } catch (IllegalArgumentException e) {
            return kept.refuse(e.getMessage());
        }
        kept.commit(c -> ServiceEdits.notifications(c, c.maintenanceNotifications(), hours), null);
        return true;
    }

    public ReadOnlyBooleanProperty startAtLoginProperty() {
        return startAtLogin.getReadOnlyProperty();
    }

    public boolean canStartAtLogin() {
        return autostart.isAvailable();
    }

    /** Why StatusTray cannot start at login here; null when it can. */
    public @Nullable String startAtLoginUnavailableReason() {
        return autostart.unavailableReason();
    }

    public boolean setStartAtLogin(boolean on) {
        kept.clearMessages();
        try {
            if (on) {
                autostart.enable();
            } else {
                autostart.disable();
            }
        } catch (PlatformException e) {
            kept.error.set(Sentences.capitalised(e.getMessage()));
        }
        startAtLogin.set(autostart.isEnabled());
        return startAtLogin.get() == on;
    }

    private boolean add(ServiceConfig s) {
        AppConfig next = ServiceEdits.added(config(), s);
        String note = "Added " + s.displayName(null);
        if (next.pollIntervalSeconds() > config().pollIntervalSeconds()) {
            note += "; the global poll interval is now " + next.pollIntervalSeconds() + " s, the least for pages on other hosts";
        }
        kept.commit(c -> ServiceEdits.added(c, s), note);
        select(s.id());
        return true;
    }

    private boolean edit(String id, Function<ServiceConfig, ServiceConfig> change, @Nullable String note) {
        if (kept.find(id) == null) {
            return missing(id);
        }
        kept.commit(c -> ServiceEdits.edited(c, id, change), note);
        return true;
    }

    @SuppressWarnings("NullAway") // Autostart takes no file and command for UNAVAILABLE; its file is not annotated yet
    private static Autostart unavailableAutostart() {
        return new Autostart(null, null, Autostart.Kind.UNAVAILABLE);
    }

    private void search() {
        List<CatalogResult> found = new ArrayList<>();
        for (CatalogEntry e : catalog.search(searchText.get())) {
            found.add(new CatalogResult(e, kept.watching(e.id(), e.url()).isPresent()));
        }
        results.setAll(found);
    }

    private boolean missing(String id) {
        return kept.refuse("'" + id + "' is no longer watched");
    }
}
