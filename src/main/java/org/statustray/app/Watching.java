package org.statustray.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.HistoryPages;
import org.statustray.model.AppConfig;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.watch.Backfill;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.DetectorPageSource;
import org.statustray.watch.HeldLog;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.IncidentEnds;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.PageSource;
import org.statustray.watch.PollResult;
import org.statustray.watch.Poller;
import org.statustray.watch.ProbePoller;
import org.statustray.watch.ProbeReport;
import org.statustray.watch.Probing;
import org.statustray.watch.SentLog;
import org.statustray.watch.Ticker;
import org.statustray.watch.WatchPipeline;

/**
 * The watching without a desktop, shared by the tray app and {@code watch}: the settings, the history, the
 * poller and the pipeline every result goes through, the half-minute tick and the backfill. What it says
 * goes to the {@code notify}, {@code tray} and extra history outlets its user gives.
 */
final class Watching implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Watching.class.getName());
    /** Past the first polls of every service and the backfill's reads. */
    private static final long TRIM_AFTER_SECONDS = 45;

    /**
     * Where the settings and history are, the clock that stamps results, how pages are read, the catalogue
     * (the built-in one but in tests, whose default services must not be on the internet), and how services
     * are probed ({@code probing}, given the settings in force: nothing in tests unless they say so).
     */
    record Setup(Path config, Path dataDir, Clock clock, Function<Detector, PageSource> source, Catalog catalog,
            BiFunction<Supplier<AppConfig>, Catalog, Probing> probing) {

        Setup(Path config, Path dataDir, Clock clock, Function<Detector, PageSource> source, Catalog catalog) {
            this(config, dataDir, clock, source, catalog, (settings, known) -> Probing.NONE);
        }

        Setup(Path config, Path dataDir, Clock clock, Function<Detector, PageSource> source) {
            this(config, dataDir, clock, source, Catalog.builtIn());
        }

        Setup withProbing(Probing probes) {
            return new Setup(config, dataDir, clock, source, catalog, (settings, known) -> probes);
        }

        /** The app's own: the real probe engine, following the settings. */
        Setup withRealProbing() {
            return new Setup(config, dataDir, clock, source, catalog, RealProbing::of);
        }

        static Setup of(GlobalOptions options) {
            return new Setup(options.config() != null ? options.config() : ConfigFile.defaultPath(),
                    options.dataDir() != null ? options.dataDir() : ConfigFile.defaultDataDir(), Clock.systemUTC(),
                    DetectorPageSource::new).withRealProbing();
        }
    }

    private final Clock clock;
    private final Catalog catalog;
    private final ConfigFile.Loaded loaded;
    private final KeptHistory kept;
    private final HistoryTrouble trouble;
    /** What a new history file gets when the store has to start one. */
    private final FreshHistory fresh;
    private final ChangeDetector detector = new ChangeDetector();
    private final NotificationPolicy policy;
    private final Fetcher fetcher;
    private final Detector pages;
    private final WatchPipeline pipeline;
    private final Poller poller;
    private final PageSource source;
    private final ProbePoller prober;
    private final LiveConfig live;
    private final ConfigFollower follower;
    private final Optional<Backfill> backfill;
    private final Consumer<Notice> notify;
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> daemon(r, "statustray-events"));
    /** Reads pages' history endpoints for the final state of incidents that left them. */
    private final ExecutorService incidentEnds = Executors.newSingleThreadExecutor(r -> daemon(r, "statustray-incident-ends"));
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "statustray-timers"));
    private boolean stopped;
    private volatile @Nullable LiveConfig liveOrNull;

    /**
     * Loads the settings (messages to {@code err}) and opens the history (without it, nothing is kept);
     * nothing is polled before {@link #start}. {@code alsoHistory} sees every history write as well.
     */
    Watching(Setup setup, PrintStream err, Consumer<Notice> notify, Consumer<TrayState> tray,
            @Nullable HistoryLog alsoHistory) {
        this.clock = setup.clock();
        this.catalog = setup.catalog();
        this.notify = notify;
        loaded = ConfigFile.load(setup.config(), catalog);
        loaded.messages().forEach(m -> err.println("statustray: " + m));
        AppConfig config = loaded.config();
        fetcher = new Fetcher(FetchSettings.defaults().withTimeout(Duration.ofSeconds(config.timeoutSeconds())), clock);
        trouble = new HistoryTrouble(notify, clock);
        kept = KeptHistory.open(setup.dataDir(), trouble, err);
        policy = new NotificationPolicy(kept.sent(), kept.held(), ZoneId.systemDefault(), detector.states());
        policy.configure(config.maintenanceNotifications(), config.quietHours());
        policy.alternatives(catalog.alternativeGroups());
        fresh = new FreshHistory(detector, this::services, policy::heldNow, clock, err, notify, events);
        kept.onRenewal(fresh::keeping); // before the first read: a damaged file may show there
        config.services().forEach(s -> kept.lastSnapshot(s.id()).ifPresent(snap -> detector.restore(s.id(), snap)));
        pages = new Detector(fetcher, clock);
        HistoryLog history = kept.log(alsoHistory);
        pipeline = new WatchPipeline(detector, policy, history, config.services(), notify, tray, clock);
        pipeline.groupDegradations(); // the tray's bubbles; watch tells each alone
        Optional<StoreBook> book = kept.book(history, new HistoryPages(fetcher));
        book.ifPresent(b -> pipeline.endIncidentsWith(new IncidentEnds(b, b, incidentEnds)));
        source = setup.source().apply(pages);
        poller = new Poller(config.services(), config.pollIntervalSeconds(), source,
                pipeline::handle, Ticker.SYSTEM, clock, RandomGenerator.getDefault(), detector);
        Probing probing = setup.probing().apply(this::settingsInForce, catalog);
        pipeline.probeWith(probing);
        prober = new ProbePoller(detector.states(), probing, pipeline::handleProbe, Ticker.SYSTEM, clock,
                RandomGenerator.getDefault());
        backfill = book.map(b -> new Backfill(fetcher, b));
        live = new LiveConfig(setup.config(), catalog, config, poller, pipeline, policy, detector, kept::lastSnapshot,
                s -> timers.execute(() -> backfillQuietly(s)));
        liveOrNull = live;
        pipeline.onWatchFinished(live::watchFinished);
        follower = new ConfigFollower(live, loaded, err, notify, clock);
    }

    /** The settings as they are now; before {@link LiveConfig} exists (during construction), as loaded. */
    private AppConfig settingsInForce() {
        LiveConfig now = liveOrNull;
        return now != null ? now.current() : loaded.config();
    }

    /** Says so if the settings file was broken or the history cannot be kept, then polls, ticks and backfills. */
    void start() {
        if (loaded.refused()) {
            notify.accept(new Notice("config|" + clock.instant(), null, "StatusTray settings could not be read",
                    String.join("\n", loaded.messages()), Status.UNKNOWN, Notice.Urgency.NORMAL, "config", null,
                    clock.instant()));
        }
        if (kept.problem().isPresent()) {
            String storeProblem = kept.problem().get();
            notify.accept(new Notice("history|" + clock.instant(), null, "History will not be kept",
                    HistoryTrouble.sentence(storeProblem)
                    + ". StatusTray keeps watching and shows the current status, but keeps no history this run.",
                    Status.UNKNOWN, Notice.Urgency.NORMAL, "history", null, clock.instant()));
        }
        fresh.start();
        // Notices held over quiet hours by an earlier run that ended before them: summed up now if they are over.
        events.execute(() -> policy.release(clock.instant()).forEach(notify));
        poller.start();
        prober.start();
        follower.start();
        timers.scheduleWithFixedDelay(() -> events.execute(this::tick), 30, 30, TimeUnit.SECONDS);
        if (backfill.isPresent()) {
            AppConfig initial = loaded.config();
            timers.execute(() -> initial.services().forEach(this::backfillQuietly));
        }
        timers.schedule(Watching::trimHeap, TRIM_AFTER_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Start-up (the settings, the first polls, the backfill) leaves the heap grown for work that is over; the
     * serial collector gives memory back only at a full collection, so one is asked for once, after the
     * backfill (the timer runs its tasks in turn). With the flags' MaxHeapFreeRatio the heap then shrinks to
     * what the idle app keeps (BENCHMARKS.md, before → after).
     */
    private static void trimHeap() {
        System.gc();
    }

    /** Stops polling and lets the event thread finish; the history stays open until {@link #close}. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        follower.close();
        poller.close();
        prober.close();
        timers.shutdownNow();
        incidentEnds.shutdownNow();
        events.shutdown();
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        stop();
        kept.close();
    }

    Clock clock() {
        return clock;
    }

    /** Whether the settings file did not exist before this start (it has been written since, if it could be). */
    boolean firstRun() {
        return loaded.firstRun();
    }

    /** The one thread that applies tray actions and the half-minute tick, in order. */
    ExecutorService events() {
        return events;
    }

    /** What the tray's menu, the notifications' buttons and the windows ask of the watching. */
    AppActions actions() {
        AppActions actions = new AppActions(events, poller, new Snoozing(policy, pipeline, timers, events, clock));
        actions.detectAgainWith(this::detectAgain);
        return actions;
    }

    /** What the windows read: the settings in force, the history, names, and {@code windowWork} for slow reads. */
    AppWindowContext windowContext(Executor windowWork) {
        return new AppWindowContext(live, kept.store().orElse(null), kept::lastSnapshot, catalog, pages, windowWork);
    }

    /** What the windows show of every watched service now. */
    List<ServiceView> serviceViews() {
        return pipeline.serviceViews();
    }

    /** Whether this machine seems offline: what the overview says then instead of counting pages it cannot read. */
    boolean offline() {
        return pipeline.offline();
    }

    /** The whole tray state now. */
    TrayState trayState() {
        return pipeline.trayState(clock.instant());
    }

    /**
     * Told of each service polled or probed, once that poll's or probe's history is written (the windows read
     * it then: the overview's verdict, the timeline's probe band).
     */
    void onPolled(Consumer<String> serviceId) {
        pipeline.onPolled(r -> afterWrites(() -> serviceId.accept(r.service().id())));
        pipeline.onProbed(r -> afterWrites(() -> serviceId.accept(r.service().id())));
    }

    /** The services in trouble at start, and degradations close together, are told one by one (for {@code watch}). */
    void tellStartOneByOne() {
        pipeline.tellStartOneByOne();
    }

    /** Told of each poll with the status the service shows since (for {@code watch --verbose}). */
    void onEachPoll(BiConsumer<PollResult, Status> listener) {
        pipeline.onPolled(r -> listener.accept(r, detector.shown(r.service().id())));
    }

    /** Told of each probe once it was handled (for {@code watch --verbose}). */
    void onEachProbe(Consumer<ProbeReport> listener) {
        pipeline.onProbed(listener);
    }

    /** The ids of the watched services besides {@code serviceId} that are not operational now. */
    List<String> notOperational(@Nullable String serviceId) {
        return pipeline.notOperational(serviceId);
    }

    /** Told of every change of the settings put in force. */
    void onSettingsChanged(Consumer<AppConfig> listener) {
        live.onChange(listener);
    }

    /** "Detect again": the service's format is detected afresh, at once (whatever its last detection). */
    void detectAgain(String serviceId) {
        source.detectAgain(serviceId);
        poller.refresh(serviceId);
    }

    /** Polls every service now, as "Refresh now" does. */
    void refreshAll() {
        poller.refreshAll();
    }

    // For tests: the parts, as the wiring above uses them.

    @Nullable HistoryStore store() {
        return kept.store().orElse(null);
    }

    ChangeDetector detector() {
        return detector;
    }

    LiveConfig live() {
        return live;
    }

    WatchPipeline pipeline() {
        return pipeline;
    }

    Catalog catalog() {
        return catalog;
    }

    /** Runs {@code r} once the history writes handed over so far are done (at once without a store). */
    void afterWrites(Runnable r) {
        kept.afterWrites(r);
    }

    /** The services watched now (those of the settings loaded, until they are live). */
    private List<ServiceConfig> services() {
        return live == null ? loaded.config().services() : live.current().services();
    }

    /**
     * Every half minute: summaries held over quiet hours, whether it is this machine's network, the history file,
     * the trouble found at start, and a snooze that ran out while the machine slept.
     */
    private void tick() {
        policy.release(clock.instant()).forEach(notify);
        kept.checkFile(); // a file removed while nothing is written is noticed all the same
        pipeline.checkNetwork(clock.instant());
        pipeline.snoozeMoved(clock.instant());
        pipeline.tick(clock.instant());
    }

    private void backfillQuietly(ServiceConfig s) {
        if (backfill.isEmpty() || s.format() == null || s.format().equals("auto")) {
            return;
        }
        backfill.get().ifNeverDone(s).ifPresent(r -> LOG.log(System.Logger.Level.INFO, "backfill of " + s.id() + ": " + r));
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
