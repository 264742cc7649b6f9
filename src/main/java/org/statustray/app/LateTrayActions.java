package org.statustray.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.TrayActions;

/**
 * The tray's actions while the tray is put up before the rest of the app: a click that comes before the app
 * is wired waits for it (on the tray's own action thread, for the second or so start-up takes).
 */
final class LateTrayActions implements TrayActions {
    private final CountDownLatch wired = new CountDownLatch(1);
    private volatile @Nullable TrayActions actions;

    void wire(TrayActions to) {
        actions = to;
        wired.countDown();
    }

    private TrayActions await() {
        try {
            wired.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        TrayActions a = actions;
        if (a == null) {
            throw new IllegalStateException("the tray was used before the app was wired");
        }
        return a;
    }

    @Override
    public void openOverview() {
        await().openOverview();
    }

    @Override
    public void openTimeline(String serviceId) {
        await().openTimeline(serviceId);
    }

    @Override
    public void refreshNow() {
        await().refreshNow();
    }

    @Override
    public void snooze(Duration duration) {
        await().snooze(duration);
    }

    @Override
    public void snoozeUntilTomorrow() {
        await().snoozeUntilTomorrow();
    }

    @Override
    public void resumeNotifications() {
        await().resumeNotifications();
    }

    @Override
    public void openHistory() {
        await().openHistory();
    }

    @Override
    public void openAllServices() {
        await().openAllServices();
    }

    @Override
    public void openSettings() {
        await().openSettings();
    }

    @Override
    public void quit() {
        await().quit();
    }
}
