package org.statustray.app;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.statustray.desktop.FxThread;
import org.statustray.desktop.Tray;
import org.statustray.desktop.TrayChooser;
import org.statustray.fetch.Detector;
import org.statustray.fetch.Fetcher;
import org.statustray.model.AppConfig;
import org.statustray.model.Notice;
import org.statustray.model.Status;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.Backfill;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.store.StoreException;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.DetectorPageSource;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.Poller;
import org.statustray.watch.SentLog;

/** The tray app: loads the config, opens the history, polls, notifies, and lives in the tray until Quit. */
final class TrayApp {
    private static final System.Logger LOG = System.getLogger(TrayApp.class.getName());

    private TrayApp() {
    }

    static int run(GlobalOptions options, PrintStream err) throws InterruptedException {
        Running app = start(options, err, DesktopSetup.session());
        app.awaitQuit();
        app.close();
        return 0;
    }

    /** Starts watching; returns at once. */
    static Running start(GlobalOptions options, PrintStream err, DesktopSetup desktop) {
        if (options.open() != null) {
            FxThread.startSoon();
        }
        Clock clock = Clock.systemUTC();
        Path configPath = options.config() != null ? options.config() : ConfigFile.defaultPath();
        Path dataDir = options.dataDir() != null ? options.dataDir() : ConfigFile.defaultDataDir();
        Catalog catalog = Catalog.builtIn();
        ConfigFile.Loaded loaded = ConfigFile.load(configPath, catalog);
        loaded.messages().forEach(m -> err.println("statustray: " + m));
        AppConfig config = loaded.config();

        HistoryStore store = openStore(dataDir, err);
        ChangeDetector detector = new ChangeDetector();
        SentLog sent = store == null ? SentLog.inMemory() : new StoreSentLog(store);
        NotificationPolicy policy = new NotificationPolicy(sent, ZoneId.systemDefault());
        policy.configure(config.maintenanceNotifications(), config.quietHours());
        if (store != null) {
            config.services().forEach(s -> store.lastSnapshot(s.id()).ifPresent(snap -> detector.restore(s.id(), snap)));
        }

        ExecutorService events = Executors.newSingleThreadExecutor(r -> daemon(r, "statustray-events"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "statustray-timers"));
        ExecutorService windowWork = Executors.newFixedThreadPool(2, r -> daemon(r, "statustray-window-work"));
        Fetcher fetcher = new Fetcher();
        Detector pages = new Detector(fetcher, clock);
        Holder<WatchPipeline> pipeline = new Holder<>();
        Poller poller = new Poller(config.services(), config.pollIntervalSeconds(), new DetectorPageSource(pages),
                r -> pipeline.value.handle(r));
        AppActions actions = new AppActions(events, poller, policy, clock);
        DesktopSetup.Chosen notifier = desktop.notifier(actions);
        Holder<Tray> tray = new Holder<>();
        pipeline.value = new WatchPipeline(detector, policy, StoreHistory.of(store), config.services(),
                notifier.notifier()::show, state -> {
                    if (tray.value != null) {
                        tray.value.update(state);
                    }
                });
        Backfill backfill = store == null ? null : new Backfill(fetcher, store);
        LiveConfig live = new LiveConfig(configPath, config, poller, pipeline.value, policy, detector, store,
                s -> timers.execute(() -> backfillQuietly(backfill, s)));
        pipeline.value.onWatchFinished(live::watchFinished);
        Windows windows = new Windows(new AppWindowContext(live, store, catalog, pages, windowWork,
                cfg -> events.execute(() -> live.apply(cfg))), actions, pipeline.value::serviceViews, clock,
                ZoneId.systemDefault());
        actions.setWindows(windows);
        live.onChange(windows::configChanged);
        pipeline.value.onPolled(windows::polled);

        tray.value = desktop.tray(actions).orElse(null);
        if (loaded.backup() != null) {
            notifier.notifier().show(new Notice("config|" + clock.instant(), null, "StatusTray settings could not be read",
                    String.join("\n", loaded.messages()), Status.UNKNOWN, Notice.Urgency.NORMAL, "config", null,
                    clock.instant()));
        }
        LOG.log(System.Logger.Level.INFO, notifier.description() + "; tray: "
                + (tray.value == null ? "none" : tray.value.describe()));
        if (tray.value != null) {
            tray.value.update(pipeline.value.trayState(false));
        } else {
            windows.setNote(TrayChooser.NO_TRAY);
            if (!windows.showOverview()) {
                err.println("statustray: " + TrayChooser.NO_TRAY + " No window can be shown either; running in the background.");
            }
        }
        if (options.open() != null) {
            events.execute(() -> windows.open(options.open()));
        }
        poller.start();
        timers.scheduleWithFixedDelay(() -> events.execute(() -> tick(policy, pipeline.value, notifier.notifier()::show,
                live.current(), clock)), 30, 30, TimeUnit.SECONDS);
        if (backfill != null) {
            timers.execute(() -> config.services().forEach(s -> backfillQuietly(backfill, s)));
        }

        Runnable shutdown = () -> {
            poller.close();
            timers.shutdownNow();
            windowWork.shutdownNow();
            events.shutdown();
            try {
                events.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (tray.value != null) {
                tray.value.close();
            }
            notifier.notifier().close();
            if (store != null) {
                store.close();
            }
            FxThread.shutdown();
        };
        return new Running(actions, shutdown);
    }

    /** A started app: wait for Quit (from the tray menu), then close everything. */
    static final class Running implements AutoCloseable {
        private final AppActions actions;
        private final Runnable shutdown;

        Running(AppActions actions, Runnable shutdown) {
            this.actions = actions;
            this.shutdown = shutdown;
        }

        void awaitQuit() throws InterruptedException {
            actions.awaitQuit();
        }

        AppActions actions() {
            return actions;
        }

        @Override
        public void close() {
            shutdown.run();
        }
    }

    /** Every half minute: summaries held over quiet hours, and whether the machine is offline. */
    private static void tick(NotificationPolicy policy, WatchPipeline pipeline, Consumer<Notice> notify,
            AppConfig config, Clock clock) {
        policy.release(clock.instant()).forEach(notify);
        // The probe costs a connection attempt: only worth it when every page already fails to connect.
        pipeline.checkNetwork(!pipeline.everyServiceUnreachable() || probe(config), clock.instant());
    }

    /** Can any service's host be reached at all (a TCP connection to its https port)? */
    private static boolean probe(AppConfig config) {
        for (ServiceConfig s : config.services()) {
            Optional<String> host = Optional.ofNullable(URI.create(s.url()).getHost());
            if (host.isEmpty()) {
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host.get(), 443), 3000);
                return true;
            } catch (java.io.IOException | IllegalArgumentException e) {
                // try the next one
            }
        }
        return false;
    }

    private static void backfillQuietly(Backfill backfill, ServiceConfig s) {
        if (backfill == null || s.format() == null || s.format().equals("auto")) {
            return;
        }
        backfill.ifNeverDone(s).ifPresent(r -> LOG.log(System.Logger.Level.INFO, "backfill of " + s.id() + ": " + r));
    }

    private static HistoryStore openStore(Path dataDir, PrintStream err) {
        try {
            return HistoryStore.open(dataDir);
        } catch (StoreException e) {
            err.println("statustray: history will not be kept: " + e.getMessage());
            return null;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A late-bound reference, for the objects that call each other back. */
    private static final class Holder<T> {
        volatile T value;
    }
}
