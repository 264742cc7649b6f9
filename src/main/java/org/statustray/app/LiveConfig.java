package org.statustray.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.Poller;
import org.statustray.watch.WatchPipeline;

/**
 * The settings in force, and the one place a change of them takes effect without a restart: the poller's
 * schedule, what the watcher knows per service, the notification choices, and what the windows show. It is
 * the file's one writer while the app runs: every change the app makes is made to what the file holds then
 * ({@link #change}), and a change made to the file by hand is read and applied ({@link #reload}).
 */
final class LiveConfig implements ConfigChanges {
    private static final System.Logger LOG = System.getLogger(LiveConfig.class.getName());
    private final Path file;
    private final Catalog catalog;
    private final Poller poller;
    private final WatchPipeline pipeline;
    private final NotificationPolicy policy;
    private final ChangeDetector detector;
    private final Function<String, Optional<Snapshot>> lastSnapshot;
    private final Consumer<ServiceConfig> added;
    private final List<Consumer<AppConfig>> listeners = new CopyOnWriteArrayList<>();
    private volatile AppConfig current;
    /** Why the last change could not be written (said once), or null. */
    private String unsaved;

    /** What the file held after it changed on disk, and whether that changed the settings in force. */
    record Reloaded(ConfigFile.Loaded read, boolean applied) {
    }

    /**
     * {@code lastSnapshot} gives a service's last snapshot kept (a service watched again starts from it);
     * {@code added} is told of each service that was not watched before (backfill).
     */
    LiveConfig(Path file, Catalog catalog, AppConfig initial, Poller poller, WatchPipeline pipeline,
            NotificationPolicy policy, ChangeDetector detector, Function<String, Optional<Snapshot>> lastSnapshot,
            Consumer<ServiceConfig> added) {
        this.file = file;
        this.catalog = catalog;
        this.current = initial;
        this.poller = poller;
        this.pipeline = pipeline;
        this.policy = policy;
        this.detector = detector;
        this.lastSnapshot = lastSnapshot;
        this.added = added;
    }

    AppConfig current() {
        return current;
    }

    Path file() {
        return file;
    }

    /** Told of every change applied (e.g. the settings window, when the change came from elsewhere). */
    void onChange(Consumer<AppConfig> listener) {
        listeners.add(listener);
    }

    /**
     * Makes {@code change} to the settings the file holds now, writes them and puts them in force: an edit
     * to the file not yet loaded comes along. What cannot be written still applies for this run.
     */
    @Override
    public synchronized ConfigFile.Saved change(UnaryOperator<AppConfig> change) {
        ConfigFile.Saved saved = ConfigFile.update(file, catalog, current, change);
        if (saved.problem() != null && !saved.problem().equals(unsaved)) {
            LOG.log(System.Logger.Level.WARNING, "settings apply until StatusTray quits: " + saved.problem());
        }
        unsaved = saved.problem();
        if (saved.backup() != null) {
            LOG.log(System.Logger.Level.WARNING, file.getFileName() + " could not be used; it was copied to "
                    + saved.backup().getFileName() + " and rewritten");
        }
        apply(saved.config());
        return saved;
    }

    /** The file changed on disk: what it holds takes effect, unless it is what is in force (the app's own save). */
    synchronized Reloaded reload() {
        ConfigFile.Loaded read = ConfigFile.reload(file, catalog, current);
        boolean applies = !read.refused() && !read.config().equals(current);
        if (applies) {
            apply(read.config());
        }
        return new Reloaded(read, applies);
    }

    /** Puts settings in force as they are (those of {@link #change} and {@link #reload}, and tests'). */
    synchronized void apply(AppConfig updated) {
        Map<String, ServiceConfig> before = new HashMap<>();
        current.services().forEach(s -> before.put(s.id(), s));
        current = updated;
        List<ServiceConfig> fresh = updated.services().stream().filter(s -> !before.containsKey(s.id())).toList();
        List<ServiceConfig> rewatched = updated.services().stream()
                .filter(s -> before.containsKey(s.id()) && otherComponents(before.get(s.id()), s)).toList();
        before.keySet().removeAll(updated.services().stream().map(ServiceConfig::id).toList());
        fresh.forEach(s -> lastSnapshot.apply(s.id()).ifPresent(snap -> detector.restore(s.id(), snap)));
        policy.configure(updated.maintenanceNotifications(), updated.quietHours());
        // The one place services come and go: a removed one's state goes whole, a late read of it is ignored.
        pipeline.setServices(updated.services());
        rewatched.forEach(pipeline::rewatch); // shown at once from the page last read, then read whole again
        poller.updateServices(updated.services(), updated.pollIntervalSeconds());
        rewatched.forEach(s -> poller.reread(s.id()));
        fresh.forEach(added);
        listeners.forEach(l -> l.accept(updated));
    }

    /** A "watch until recovered" service has recovered: it stays listed, muted, and the file says so. */
    synchronized void watchFinished(String serviceId) {
        change(c -> WatchUntilRecovered.fulfilled(c, serviceId));
    }

    /** The same page watched for other components (a new address or format is a new page: the schedule starts it afresh). */
    private static boolean otherComponents(ServiceConfig a, ServiceConfig b) {
        return Objects.equals(a.url(), b.url()) && Objects.equals(a.format(), b.format())
                && !a.components().equals(b.components());
    }
}
