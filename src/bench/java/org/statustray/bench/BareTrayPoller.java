package org.statustray.bench;

/**
 * A floor of the process benchmarks: the least a status tray in Java can be, one JVM holding the tray icon
 * ({@link BareTray}) and polling the same pages with a bare java.net.http client ({@link BarePoller}):
 * no reader, store, history or JavaFX. Args as BarePoller's; prints "polling".
 */
public final class BareTrayPoller {
    private BareTrayPoller() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.awt.headless", "true");
        if (org.statustray.desktop.sni.SniTray.start(new BareTray.Idle()).isEmpty()) {
            System.err.println("bare tray poller: no StatusNotifierWatcher on the session bus");
            System.exit(1);
        }
        BarePoller.main(args);
    }
}
