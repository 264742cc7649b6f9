package org.statustray.app;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.statustray.desktop.FxThread;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.TrayActions;
import org.statustray.ui.UiActions;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.Poller;

/**
 * What the tray menu and notification buttons do. Tray (AWT, D-Bus) callbacks arrive on their own threads
 * and are handed to the app's one event thread; windows go through {@link FxThread}.
 */
final class AppActions implements TrayActions, NoticeActions, UiActions {
    private static final System.Logger LOG = System.getLogger(AppActions.class.getName());
    private final Executor events;
    private final Poller poller;
    private final NotificationPolicy policy;
    private final Clock clock;
    private final CountDownLatch quit = new CountDownLatch(1);
    private volatile Windows windows;

    AppActions(Executor events, Poller poller, NotificationPolicy policy, Clock clock) {
        this.events = events;
        this.poller = poller;
        this.policy = policy;
        this.clock = clock;
    }

    void awaitQuit() throws InterruptedException {
        quit.await();
    }

    void setWindows(Windows windows) {
        this.windows = windows;
    }

    @Override
    public void openOverview() {
        events.execute(() -> windows.showOverview());
    }

    @Override
    public void openTimeline(String serviceId) {
        events.execute(() -> windows.showTimeline(serviceId));
    }

    @Override
    public void openHistory() {
        events.execute(() -> windows.showHistory());
    }

    @Override
    public void openSettings() {
        events.execute(() -> windows.showSettings());
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
