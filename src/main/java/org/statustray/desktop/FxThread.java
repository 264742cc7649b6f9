package org.statustray.desktop;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The one way onto the JavaFX thread. The toolkit starts only when a window is first needed (a tray app
 * that never opens a window never pays for it), and closing the last window never ends the app.
 */
public final class FxThread {
    private static final System.Logger LOG = System.getLogger(FxThread.class.getName());
    private static final Object LOCK = new Object();
    private static volatile Boolean available;

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

    /** Stops the toolkit if it was started. */
    public static void shutdown() {
        if (Boolean.TRUE.equals(available)) {
            Platform.exit();
        }
    }
}
