package org.statustray.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.Detector;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.HistoryStore;
import org.statustray.ui.settings.SettingsModel;
import org.statustray.ui.welcome.LoginStart;
import org.statustray.ui.welcome.WelcomeModel;

/** What the running app gives its windows: settings, history, names, and a thread for slow work. */
final class AppWindowContext implements Windows.WindowContext {
    private final LiveConfig config;
    /** Null when no history could be kept: the windows then have none to show. */
    private final @Nullable HistoryStore store;
    private final Function<String, Optional<Snapshot>> lastSnapshot;
    private final Catalog catalog;
    private final Detector pages;
    private final Executor background;

    AppWindowContext(LiveConfig config, @Nullable HistoryStore store, Function<String, Optional<Snapshot>> lastSnapshot,
            Catalog catalog, Detector pages, Executor background) {
        this.config = config;
        this.store = store;
        this.lastSnapshot = lastSnapshot;
        this.catalog = catalog;
        this.pages = pages;
        this.background = background;
    }

    @Override
    public LiveConfig config() {
        return config;
    }

    @Override
    public @Nullable HistoryStore store() {
        return store;
    }

    @Override
    public String displayName(String serviceId) {
        for (ServiceConfig s : config.current().services()) {
            if (s.id().equals(serviceId) && (s.name() != null || catalog.byId(serviceId).isEmpty())) {
                return s.displayName(lastSnapshot(serviceId).map(Snapshot::service).orElse(null));
            }
        }
        return catalog.byId(serviceId).map(e -> e.name()).orElse(serviceId);
    }

    @Override
    public Executor background() {
        return background;
    }

    @Override
    public SettingsModel settingsModel(Executor fx) {
        return new SettingsModel(config.file(), config.current(), catalog, pages::detect, this::lastSnapshot,
                autostart(), background, fx, config);
    }

    @Override
    public WelcomeModel welcomeModel(boolean tray) {
        List<String> watched = config.current().services().stream().map(s -> displayName(s.id())).toList();
        return new WelcomeModel(watched, tray, LoginStart.of(autostart()));
    }

    private static Autostart autostart() {
        return Autostart.forThisUser(Autostart.launchCommandOfThisApp());
    }

    private Optional<Snapshot> lastSnapshot(String serviceId) {
        return lastSnapshot.apply(serviceId);
    }
}
