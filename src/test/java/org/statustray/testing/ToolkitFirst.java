package org.statustray.testing;

import java.util.concurrent.TimeoutException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testfx.api.FxToolkit;

/**
 * Starts JavaFX the TestFX way before any test runs. A test that starts it any other way first (the app's
 * own FxThread does) would leave TestFX to swap in a second Monocle platform, and the robot's keys and
 * clicks in every later TestFX test would silently go nowhere — whatever order the tests run in.
 */
public final class ToolkitFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start for the tests", e);
        }
    }
}
