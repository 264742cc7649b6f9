package org.statustray.bench;

import java.time.Duration;
import org.statustray.desktop.TrayActions;
import org.statustray.desktop.sni.SniTray;

/**
 * A floor of the process benchmarks: a JVM holding only a tray icon (the app's own StatusNotifierItem, with
 * AWT headless as the app has it where the tray is a StatusNotifierItem) and nothing else: no poller, no
 * store, no JavaFX. Prints "shown" once the item is registered.
 */
public final class BareTray {
    private BareTray() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.awt.headless", "true");
        if (SniTray.start(new Idle()).isEmpty()) {
            System.err.println("bare tray: no StatusNotifierWatcher on the session bus");
            System.exit(1);
        }
        System.out.println("shown");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static final class Idle implements TrayActions {
        @Override
        public void openOverview() {
        }

        @Override
        public void openTimeline(String serviceId) {
        }

        @Override
        public void refreshNow() {
        }

        @Override
        public void snooze(Duration duration) {
        }

        @Override
        public void snoozeUntilTomorrow() {
        }

        @Override
        public void resumeNotifications() {
        }

        @Override
        public void openHistory() {
        }

        @Override
        public void openAllServices() {
        }

        @Override
        public void openSettings() {
        }

        @Override
        public void quit() {
            System.exit(0);
        }
    }
}
