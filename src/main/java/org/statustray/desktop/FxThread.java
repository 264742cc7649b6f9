package org.statustray.desktop;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The one way onto the JavaFX thread. The toolkit starts only when a window is first needed (a tray app
 * that never opens a window never pays for it), and closing the last window never ends the app.
 */
public final class FxThread {
    private static final System.Logger LOG = System.getLogger(FxThread.class.getName());
    private static final Object LOCK = new Object();
    private static volatile @Nullable Boolean available;

    private FxThread() {
    }

    /** Runs {@code work} on the FX thread, starting the toolkit if needed; false when there is no display. */
    public static boolean run(Runnable work) {
        if (!started()) {
            return false;
        }
        Platform.runLater(work);
        return true;
    }

    /**
     * Starts the toolkit on a thread of its own, so that a window asked for at launch does not wait for it
     * after everything else has started.
     */
    public static void startSoon() {
        Thread t = new Thread(FxThread::started, "statustray-fx-start");
        t.setDaemon(true);
        t.start();
    }

    private static boolean started() {
        Boolean known = available;
        if (known != null) {
            return known;
        }
        synchronized (LOCK) {
            if (available == null) {
                available = startToolkit();
            }
            return available;
        }
    }

    private static boolean startToolkit() {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            Platform.setImplicitExit(false);
            return ready.await(20, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            Platform.setImplicitExit(false);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException | UnsatisfiedLinkError noDisplay) {
            LOG.log(System.Logger.Level.WARNING, "windows cannot be shown: " + noDisplay.getMessage());
            return false;
        }
    }

    /**
     * Closes every window. The toolkit itself is left running: the process ends right after Quit anyway,
     * and JavaFX cannot be started twice in one JVM, so a host that starts the app again (tests) needs it.
     */
    public static void shutdown() {
        if (Boolean.TRUE.equals(available)) {
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> {
                List.copyOf(Window.getWindows()).forEach(Window::hide);
                closed.countDown();
            });
            try {
                closed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
