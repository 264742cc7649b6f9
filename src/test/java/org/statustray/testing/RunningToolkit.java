package org.statustray.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Lets TestFX use a JavaFX toolkit that an earlier test class started by itself (through {@code FxThread},
 * e.g. the pop-up notifier's tests). Left alone, TestFX "launches" again: its headless launcher swaps in a
 * fresh Monocle platform before the launch fails, and robot keys and clicks then go to that platform, whose
 * input is never processed. Call from {@code @BeforeAll} in a TestFX test that types or clicks.
 */
public final class RunningToolkit {
    private RunningToolkit() {
    }

    public static void adopt() throws Exception {
        CompletableFuture<Stage> primary = FxToolkit.toolkitContext().getPrimaryStageFuture();
        if (primary.isDone()) {
            return;
        }
        try {
            Platform.runLater(() -> primary.complete(new Stage()));
        } catch (IllegalStateException notStarted) {
            return; // TestFX starts it, the usual way
        }
        primary.get(10, TimeUnit.SECONDS);
    }
}
