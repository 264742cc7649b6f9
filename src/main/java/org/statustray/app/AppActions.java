package org.statustray.app;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.FxThread;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.TrayActions;
import org.statustray.fetch.WebAddress;
import org.statustray.source.text.OneLine;
import org.statustray.ui.UiActions;
import org.statustray.watch.Poller;

/**
 * What the tray menu and notification buttons do. Tray (AWT, D-Bus) callbacks arrive on their own threads
 * and are handed to the app's one event thread; windows go through {@link FxThread}.
 */
final class AppActions implements TrayActions, NoticeActions, UiActions {
    private static final System.Logger LOG = System.getLogger(AppActions.class.getName());
    private final Executor events;
    private final Poller poller;
    private final Snoozing snoozing;
    private final Consumer<URI> browser;
    private final CountDownLatch quit = new CountDownLatch(1);
    private volatile @Nullable Windows windows;
    private volatile Consumer<String> detectAgain = id -> { };

    AppActions(Executor events, Poller poller, Snoozing snoozing) {
        this(events, poller, snoozing, AppActions::browse);
    }

    /** @param browser hands a checked web address to the system's browser */
    AppActions(Executor events, Poller poller, Snoozing snoozing, Consumer<URI> browser) {
        this.events = events;
        this.poller = poller;
        this.snoozing = snoozing;
        this.browser = browser;
    }

    void awaitQuit() throws InterruptedException {
        quit.await();
    }

    /** What "Detect again" does with a service's id (nothing until set). */
    void detectAgainWith(Consumer<String> detect) {
        this.detectAgain = detect;
    }

    void setWindows(Windows windows) {
        this.windows = windows;
    }

    /** The windows, set once the app is wired, before any action can come. */
    private Windows windows() {
        return Objects.requireNonNull(windows, "the windows are set before any action");
    }

    @Override
    public void openOverview() {
        events.execute(() -> windows().showOverview());
    }

    /** Opens a window by its --open name (at start, or for a later launch) on the event thread; whether it showed. */
    CompletableFuture<Boolean> open(String which) {
        return CompletableFuture.supplyAsync(() -> windows().open(which), events);
    }

    @Override
    public void openTimeline(String serviceId) {
        events.execute(() -> windows().showTimeline(serviceId));
    }

    @Override
    public void openHistory() {
        events.execute(() -> windows().showHistory());
    }

    @Override
    public void openAllServices() {
        events.execute(() -> windows().showAllServices());
    }

    @Override
    public void openSettings() {
        events.execute(() -> windows().showSettings());
    }

    @Override
    public void refreshNow() {
        events.execute(poller::refreshAll);
    }

    @Override
    public void detectAgain(String serviceId) {
        events.execute(() -> detectAgain.accept(serviceId));
    }

    @Override
    public void snooze(Duration duration) {
        events.execute(() -> snoozing.snoozeFor(duration));
    }

    @Override
    public void snoozeUntilTomorrow() {
        events.execute(snoozing::snoozeUntilTomorrow);
    }

    @Override
    public void resumeNotifications() {
        events.execute(snoozing::resume);
    }

    @Override
    public void quit() {
        quit.countDown();
    }

    /**
     * Every link the app opens comes here (notification buttons, windows, incident bodies), and most come from
     * pages: only what {@link WebAddress#link} accepts is handed to the system, anything else is dropped.
     */
    @Override
    public void openUrl(String url) {
        WebAddress.link(url).ifPresent(uri -> events.execute(() -> browser.accept(uri)));
    }

    private static void browse(URI uri) {
        try {
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                new ProcessBuilder("xdg-open", uri.toASCIIString()).inheritIO().start();
            } else if (Desktop.isDesktopSupported()) {
                Desktop.getDesktop().browse(uri);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot open " + OneLine.of(uri.toString(), 200) + ": " + e.getMessage());
        }
    }
}
