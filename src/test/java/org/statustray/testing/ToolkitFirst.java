package org.statustray.testing;

import java.util.concurrent.TimeoutException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts JavaFX the TestFX way before any test runs. A test that starts it any other way first (the app's
 * own FxThread does) would leave TestFX to swap in a second Monocle platform, and the robot's keys and
 * clicks in every later TestFX test would silently go nowhere — whatever order the tests run in.
 *
 * <p>TestFX also makes itself the JVM's handler of uncaught exceptions and throws each one at the next
 * wait of whatever test runs then. It keeps that for the JavaFX thread (an exception there fails the
 * window test that caused it); from any other thread — a D-Bus worker of an earlier test's closing bus —
 * an exception is printed as the JVM would, not thrown into an unrelated test.
 */
public final class ToolkitFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start for the tests", e);
        }
        WaitForAsyncUtils.waitForFxEvents(); // TestFX's handler is installed by now
        Thread.UncaughtExceptionHandler testFx = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (testFx != null && thread.getName().equals("JavaFX Application Thread")) {
                testFx.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
    }
}
