package org.statustray.app;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.statustray.desktop.FxThread;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.TrayActions;
import org.statustray.model.TrayState;
import org.statustray.ui.ServiceListWindow;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.Poller;

/**
 * What the tray menu and notification buttons do. Tray (AWT, D-Bus) callbacks arrive on their own threads
 * and are handed to the app's one event thread; windows go through {@link FxThread}.
 */
final class AppActions implements TrayActions, NoticeActions {
    private static final System.Logger LOG = System.getLogger(AppActions.class.getName());
    private final Executor events;
    private final Poller poller;
    private final NotificationPolicy policy;
    private final Supplier<TrayState> state;
    private final Clock clock;
    private final CountDownLatch quit = new CountDownLatch(1);
    private ServiceListWindow window;
    private String note;

    AppActions(Executor events, Poller poller, NotificationPolicy policy, Supplier<TrayState> state, Clock clock) {
        this.events = events;
        this.poller = poller;
        this.policy = policy;
        this.state = state;
        this.clock = clock;
    }

    void awaitQuit() throws InterruptedException {
        quit.await();
    }

    /** A sentence shown at the top of the window (why there is no tray icon). */
    void setNote(String sentence) {
        note = sentence;
    }

    /** Opens the window; false when windows cannot be shown at all (no display). */
    boolean showWindow() {
        TrayState now = state.get();
        return FxThread.run(() -> {
            if (window == null) {
                window = new ServiceListWindow();
            }
            window.setNote(note);
            window.show(now);
        });
    }

    /** Keeps an open window in step with the tray. */
    void refreshWindow(TrayState now) {
        if (window != null) {
            FxThread.run(() -> window.update(now));
        }
    }

    @Override
    public void openOverview() {
        events.execute(this::showWindow);
    }

    @Override
    public void openTimeline(String serviceId) {
        events.execute(this::showWindow); // the timeline window comes with the windows work
    }

    @Override
    public void openHistory() {
        events.execute(this::showWindow);
    }

    @Override
    public void openSettings() {
        events.execute(this::showWindow);
    }

    @Override
    public void refreshNow() {
        events.execute(poller::refreshAll);
    }

    @Override
    public void snooze(Duration duration) {
        events.execute(() -> policy.snoozeUntil(clock.instant().plus(duration)));
    }

    @Override
    public void snoozeUntilTomorrow() {
        events.execute(() -> policy.snoozeUntilTomorrow(clock.instant()));
    }

    @Override
    public void quit() {
        quit.countDown();
    }

    @Override
    public void openUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return; // only web pages are ever opened
        }
        events.execute(() -> browse(uri));
    }

    private static void browse(URI uri) {
        try {
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                new ProcessBuilder("xdg-open", uri.toString()).inheritIO().start();
            } else if (Desktop.isDesktopSupported()) {
                Desktop.getDesktop().browse(uri);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot open " + uri + ": " + e.getMessage());
        }
    }
}
