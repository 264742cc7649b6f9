package org.statustray.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.store.HistoryStore;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.Poller;

/**
 * The settings in force, and the one place a change of them takes effect without a restart: the poller's
 * schedule, what the watcher knows per service, the notification choices, and what the windows show.
 */
final class LiveConfig {
    private final Path file;
    private final Poller poller;
    private final WatchPipeline pipeline;
    private final NotificationPolicy policy;
    private final ChangeDetector detector;
    private final HistoryStore store;
    private final Consumer<ServiceConfig> added;
    private final List<Consumer<AppConfig>> listeners = new CopyOnWriteArrayList<>();
    private volatile AppConfig current;

    /** {@code store} may be null; {@code added} is told of each service that was not watched before (backfill). */
    LiveConfig(Path file, AppConfig initial, Poller poller, WatchPipeline pipeline, NotificationPolicy policy,
            ChangeDetector detector, HistoryStore store, Consumer<ServiceConfig> added) {
        this.file = file;
        this.current = initial;
        this.poller = poller;
        this.pipeline = pipeline;
        this.policy = policy;
        this.detector = detector;
        this.store = store;
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

    /** Applies settings already written to the config file. */
    synchronized void apply(AppConfig updated) {
        Map<String, ServiceConfig> before = new HashMap<>();
        current.services().forEach(s -> before.put(s.id(), s));
        current = updated;
        List<ServiceConfig> fresh = updated.services().stream().filter(s -> !before.containsKey(s.id())).toList();
        List<ServiceConfig> rewatched = updated.services().stream()
                .filter(s -> before.containsKey(s.id()) && !sameWatch(before.get(s.id()), s)).toList();
        before.keySet().removeAll(updated.services().stream().map(ServiceConfig::id).toList());
        if (store != null) {
            fresh.forEach(s -> store.lastSnapshot(s.id()).ifPresent(snap -> detector.restore(s.id(), snap)));
        }
        policy.configure(updated.maintenanceNotifications(), updated.quietHours());
        pipeline.setServices(updated.services()); // from here on, a late read of a removed service is ignored
        before.keySet().forEach(detector::forget);
        rewatched.forEach(pipeline::rewatch); // shown at once from the page last read, then read whole again
        poller.updateServices(updated.services(), updated.pollIntervalSeconds());
        rewatched.forEach(s -> poller.reread(s.id()));
        fresh.forEach(added);
        listeners.forEach(l -> l.accept(updated));
    }

    /** A "watch until recovered" service has recovered: it stays listed, muted, and the file says so. */
    synchronized void watchFinished(String serviceId) {
        AppConfig updated = WatchUntilRecovered.fulfilled(current, serviceId);
        WatchUntilRecovered.save(file, updated);
        apply(updated);
    }

    private static boolean sameWatch(ServiceConfig a, ServiceConfig b) {
        return Objects.equals(a.url(), b.url()) && Objects.equals(a.format(), b.format())
                && a.components().equals(b.components());
    }
}
