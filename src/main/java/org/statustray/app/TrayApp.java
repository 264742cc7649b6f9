package org.statustray.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.FxThread;
import org.statustray.desktop.Notifier;
import org.statustray.desktop.Tray;
import org.statustray.desktop.TrayChooser;
import org.statustray.platform.PlatformException;
import org.statustray.platform.WelcomeMark;

/** The tray app: loads the config, opens the history, polls, notifies, and lives in the tray until Quit. */
final class TrayApp {
    private static final System.Logger LOG = System.getLogger(TrayApp.class.getName());
    /** All a terminal is told when neither a tray nor a window can be shown. */
    static final String NO_DISPLAY = "No display: StatusTray keeps watching in the background;"
            + " use `statustray watch` for a terminal.";

    private TrayApp() {
    }

    /** Runs until Quit; when StatusTray already runs with this data directory, hands {@code --open} to it instead. */
    static int run(GlobalOptions options, PrintStream err) throws InterruptedException {
        Watching.Setup setup = Watching.Setup.of(options);
        SingleInstance instance;
        try {
            instance = SingleInstance.claim(setup.dataDir(), SingleInstance.TRAY);
        } catch (AlreadyRunningException e) {
            return SecondLaunch.handOver(e, options.open(), err);
        }
        Running app = start(setup, options.open(), err, DesktopSetup.session(), instance);
        app.awaitQuit();
        app.close();
        return 0;
    }

    /** Starts watching; returns at once. */
    static Running start(GlobalOptions options, PrintStream err, DesktopSetup desktop) throws AlreadyRunningException {
        return start(Watching.Setup.of(options), options.open(), err, desktop);
    }

    /**
     * Starts watching with {@code setup}, opening the window {@code open} (or none); returns at once. On the
     * first start the welcome is shown too, once, while polling has already begun.
     */
    static Running start(Watching.Setup setup, @Nullable String open, PrintStream err, DesktopSetup desktop)
            throws AlreadyRunningException {
        return start(setup, open, err, desktop, SingleInstance.claim(setup.dataDir(), SingleInstance.TRAY));
    }

    /**
     * The tray goes up first, before the settings, the HTTP client and the history are read (launch to tray
     * ready, BENCHMARKS.md: on two cores, that work done beside it only slowed it down): it shows "checking…"
     * until the first state, and a click that early waits for the app. With {@code --open} the window's JavaFX
     * starts first and the tray after, as before.
     */
    private static Running start(Watching.Setup setup, @Nullable String open, PrintStream err,
            DesktopSetup desktop, SingleInstance instance) {
        LateTrayActions lateActions = new LateTrayActions();
        Optional<Tray> early = Optional.empty();
        if (open != null) {
            FxThread.startSoon();
        } else {
            early = desktop.tray(lateActions);
        }
        Holder<Notifier> notifier = new Holder<>();
        Holder<Tray> tray = new Holder<>();
        Holder<Windows> shown = new Holder<>();
        Watching watching = new Watching(setup, err, n -> notifier.get().show(n), state -> {
            Tray t = tray.value;
            if (t != null) {
                t.update(state);
            }
            Windows w = shown.value;
            if (w != null) {
                w.trayChanged(state);
            }
        }, null);
        boolean welcome = watching.firstRun() && !WelcomeMark.isSet(setup.dataDir());
        if (welcome && open == null) {
            FxThread.startSoon();
        }
        Clock clock = watching.clock();
        ExecutorService events = watching.events();
        ExecutorService windowWork = Executors.newFixedThreadPool(2, r -> Watching.daemon(r, "statustray-window-work"));
        AppActions actions = watching.actions();
        DesktopSetup.Chosen chosen = desktop.notifier(actions);
        notifier.value = chosen.notifier();
        Windows windows = new Windows(watching.windowContext(windowWork), actions, watching::serviceViews, clock,
                ZoneId.systemDefault());
        actions.setWindows(windows);
        shown.value = windows;
        windows.trayChanged(watching.trayState());
        windows.offlineFrom(watching::offline);
        watching.onSettingsChanged(windows::configChanged);
        watching.onPolled(windows::polled);

        lateActions.wire(actions);
        tray.value = (open == null ? early : desktop.tray(actions)).orElse(null);
        LOG.log(System.Logger.Level.INFO, chosen.description() + "; tray: "
                + (tray.value == null ? "none" : tray.value.describe()));
        if (tray.value != null) {
            tray.value.update(watching.trayState());
        } else {
            windows.setNote(TrayChooser.NO_TRAY);
            if (!windows.showOverview()) {
                err.println(NO_DISPLAY);
            }
        }
        if (open != null) {
            actions.open(open);
        }
        instance.listen(actions::open);
        watching.start();
        if (welcome) {
            boolean hasTray = tray.value != null;
            events.execute(() -> welcome(windows, hasTray, setup.dataDir(), clock));
        }

        Runnable shutdown = () -> {
            windowWork.shutdownNow();
            watching.stop();
            Tray t = tray.value;
            if (t != null) {
                t.close();
            }
            notifier.get().close();
            watching.close();
            FxThread.shutdown();
            instance.close();
        };
        return new Running(actions, shutdown);
    }

    /** Shows the welcome and records that it was, so that no later start shows it again. */
    private static void welcome(Windows windows, boolean hasTray, Path dataDir, Clock clock) {
        if (!windows.showWelcome(hasTray)) {
            return; // no display: the offer was not made
        }
        try {
            WelcomeMark.set(dataDir, clock.instant());
        } catch (PlatformException e) {
            LOG.log(System.Logger.Level.WARNING, "the welcome may show again: " + e.getMessage());
        }
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

    /** A late-bound reference, for the objects that call each other back. */
    private static final class Holder<T> {
        volatile @Nullable T value;

        T get() {
            return Objects.requireNonNull(value, "set before anything is called back");
        }
    }
}
