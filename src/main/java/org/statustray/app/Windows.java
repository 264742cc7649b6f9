package org.statustray.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.FxThread;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.ServiceView;
import org.statustray.model.TrayState;
import org.statustray.source.Catalog;
import org.statustray.store.OverlapSpans;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.UiActions;
import org.statustray.ui.all.AllServicesModel;
import org.statustray.ui.all.AllServicesWindow;
import org.statustray.ui.history.HistoryModel;
import org.statustray.ui.history.HistoryWindow;
import org.statustray.ui.overview.OverviewModel;
import org.statustray.ui.overview.OverviewWindow;
import org.statustray.ui.settings.SettingsModel;
import org.statustray.ui.settings.SettingsWindow;
import org.statustray.ui.timeline.TimelineModel;
import org.statustray.ui.timeline.TimelineWindow;
import org.statustray.ui.welcome.WelcomeModel;
import org.statustray.ui.welcome.WelcomeWindow;

/**
 * The app's windows, made when first opened and then only hidden and shown again. Everything here that
 * touches a window runs on the FX thread (through {@link FxThread}); callers may be on any thread.
 */
final class Windows {
    private final WindowContext context;
    private final UiActions actions;
    private final Supplier<List<ServiceView>> views;
    private final Clock clock;
    private final ZoneId zone;
    /** How stale the all-services window may get while polls come in (each reads every service's history). */
    private static final java.time.Duration ALL_SERVICES_REREAD = java.time.Duration.ofSeconds(30);
    private final Map<String, TimelineWindow> timelines = new HashMap<>();
    private final Map<String, TimelineModel> timelineModels = new HashMap<>();
    // Each window is made the first time it opens (on the FX thread), so null until then.
    private @Nullable OverviewModel overviewModel;
    private @Nullable OverviewWindow overview;
    private @Nullable HistoryModel historyModel;
    private @Nullable HistoryWindow history;
    private @Nullable SettingsModel settingsModel;
    private @Nullable SettingsWindow settings;
    private @Nullable WelcomeWindow welcome;
    private @Nullable AllServicesWindow allServices;
    private @Nullable String note;
    /** The tray's latest state (its snooze and muted services, which the overview shows too). */
    private volatile @Nullable TrayState trayState;
    private BooleanSupplier offline = () -> false;
    /** Read off the FX thread: whether a window was ever made, so polls do not start the toolkit for nothing. */
    private volatile boolean anyWindow;

    Windows(WindowContext context, UiActions actions, Supplier<List<ServiceView>> views, Clock clock, ZoneId zone) {
        this.context = context;
        this.actions = actions;
        this.views = views;
        this.clock = clock;
        this.zone = zone;
    }

    /** Opens a window by its name on the command line: overview, history, settings, all, timeline:ID. */
    boolean open(String which) {
        if (which.startsWith("timeline:")) {
            return showTimeline(which.substring("timeline:".length()));
        }
        return switch (which) {
            case "history" -> showHistory();
            case "settings" -> showSettings();
            case "all" -> showAllServices();
            default -> showOverview();
        };
    }

    /** Whether this machine seems offline, asked with the services each time the overview is shown or updated. */
    void offlineFrom(BooleanSupplier offline) {
        this.offline = offline;
    }

    /** A sentence at the top of the overview (why there is no tray icon). */
    void setNote(String sentence) {
        note = sentence;
    }

    /** Shows the overview; false when no window can be shown at all (no display). */
    boolean showOverview() {
        List<ServiceView> now = views.get();
        boolean offlineNow = offline.getAsBoolean();
        return FxThread.run(() -> {
            OverviewModel model = overviewModel;
            OverviewWindow window = overview;
            if (model == null || window == null) {
                model = new OverviewModel(clock, zone);
                model.alternatives(Catalog.builtIn().alternativeGroups());
                window = new OverviewWindow(model, actions);
                overviewModel = model;
                overview = window;
                anyWindow = true;
            }
            window.setNote(note);
            TrayState tray = trayState;
            if (tray != null) {
                model.quiet().follow(tray);
            }
            model.update(now, offlineNow);
            window.show();
        });
    }

    boolean showTimeline(String serviceId) {
        ServiceConfig service = context.config().current().services().stream()
                .filter(s -> s.id().equals(serviceId)).findFirst().orElse(null);
        if (service == null) {
            return showOverview(); // a service no longer watched: the overview lists what is
        }
        String name = context.displayName(serviceId);
        return FxThread.run(() -> {
            TimelineModel model = timelineModels.get(serviceId);
            if (model == null || !model.service().equals(service) || !model.name().equals(name)) {
                // first opened, or its settings changed (components, address): a window for what is watched now
                TimelineWindow old = timelines.remove(serviceId);
                if (old != null) {
                    old.hide();
                }
                model = new TimelineModel(context.store(), service, name, clock, zone);
                model.readOn(context.background(), Platform::runLater);
                timelineModels.put(serviceId, model);
                timelines.put(serviceId, new TimelineWindow(model, actions));
                anyWindow = true;
            }
            TimelineWindow window = timelines.get(serviceId);
            if (window != null) {
                window.show();
            }
        });
    }

    boolean showHistory() {
        return FxThread.run(() -> {
            if (history == null) {
                historyModel = new HistoryModel(context.store(), context::displayName, clock, zone);
                history = new HistoryWindow(historyModel, actions);
                anyWindow = true;
            }
            history.show();
            Platform.runLater(this::reloadHistory); // the window first ("Loading…"), then the store's thousands
        });
    }

    /** Every watched service on one time axis; its model reads the store on the background thread. */
    boolean showAllServices() {
        return FxThread.run(() -> {
            if (allServices == null) {
                org.statustray.store.HistoryStore store = context.store();
                AllServicesModel model = new AllServicesModel(HistoryReads.of(store),
                        (ids, from, to, now) -> store == null ? List.of() : OverlapSpans.read(store, ids, from, to, now),
                        this::watched, clock, zone);
                model.readOn(context.background(), Platform::runLater);
                allServices = new AllServicesWindow(model, actions);
                anyWindow = true;
            }
            allServices.show();
        });
    }

    private List<AllServicesModel.Watched> watched() {
        return context.config().current().services().stream()
                .map(s -> new AllServicesModel.Watched(s.id(), context.displayName(s.id()), s.components())).toList();
    }

    boolean showSettings() {
        return FxThread.run(() -> {
            SettingsModel model = settingsModel;
            SettingsWindow window = settings;
            if (model == null || window == null) {
                model = context.settingsModel(Platform::runLater);
                window = new SettingsWindow(model, actions);
                settingsModel = model;
                settings = window;
                anyWindow = true;
            } else {
                model.replaceConfig(context.config().current());
            }
            window.show();
        });
    }

    /** The first start's welcome, in front of any window shown at start; {@code tray}: whether there is a tray icon. */
    boolean showWelcome(boolean tray) {
        return FxThread.run(() -> {
            if (welcome == null) {
                welcome = new WelcomeWindow(context.welcomeModel(tray), actions);
            }
            welcome.show();
        });
    }

    /** The tray shows a new state: the overview says the same of the snooze and the muted services. */
    void trayChanged(TrayState state) {
        trayState = state;
        if (!anyWindow) {
            return;
        }
        FxThread.run(() -> {
            OverviewModel model = overviewModel;
            if (model != null) {
                model.quiet().follow(state);
            }
        });
    }

    /** After every poll result: the open windows follow what was read. */
    void polled(String serviceId) {
        followWatched(() -> {
            TimelineWindow timeline = timelines.get(serviceId);
            TimelineModel model = timelineModels.get(serviceId);
            if (timeline != null && model != null && timeline.isShowing()) {
                model.reload(); // read on the window thread, shown here
            }
            HistoryModel historyNow = historyModel;
            if (history != null && historyNow != null && history.isShowing()) {
                historyNow.refreshIfStoreChanged(); // only a poll that stored news costs a read
            }
            AllServicesWindow all = allServices;
            if (all != null && all.isShowing()) {
                all.model().reloadIfOlderThan(ALL_SERVICES_REREAD); // one read for a round of polls, not one a poll
            }
            SettingsModel settingsNow = settingsModel;
            if (settingsNow != null) {
                settingsNow.pageRead(serviceId); // a service just added lists its components once read
            }
        });
    }

    /**
     * The settings changed (in Settings, or a finished "watch until recovered"): the overview lists what is
     * watched now, a removed service's timeline closes, and Settings shows the change.
     */
    void configChanged(AppConfig config) {
        followWatched(() -> {
            timelines.keySet().removeIf(id -> {
                boolean gone = config.services().stream().noneMatch(s -> s.id().equals(id));
                if (gone) {
                    TimelineWindow window = timelines.get(id);
                    if (window != null) {
                        window.hide();
                    }
                    timelineModels.remove(id);
                }
                return gone;
            });
            SettingsModel model = settingsModel;
            if (model != null) {
                model.replaceConfig(config);
            }
        });
    }

    /** Once any window exists: on the FX thread, the overview shows the services as they are now, then {@code more}. */
    private void followWatched(Runnable more) {
        if (!anyWindow) {
            return;
        }
        List<ServiceView> now = views.get();
        boolean offlineNow = offline.getAsBoolean();
        FxThread.run(() -> {
            OverviewModel model = overviewModel;
            if (model != null) {
                model.update(now, offlineNow);
            }
            more.run();
        });
    }

    private void reloadHistory() {
        HistoryModel model = historyModel;
        if (model != null) {
            model.reload(context.background(), Platform::runLater);
        }
    }

    /** What the windows are made from. */
    interface WindowContext {
        LiveConfig config();

        /** May be null: history could not be opened. */
        org.statustray.store.@Nullable HistoryStore store();

        String displayName(String serviceId);

        Executor background();

        SettingsModel settingsModel(Executor fx);

        /** Call on the FX thread. */
        WelcomeModel welcomeModel(boolean tray);
    }
}
