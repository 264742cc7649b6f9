package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.testing.MovableClock;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The "Detect again" button of a service whose page answers but does not read, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class OverviewDetectAgainWindowTest extends FxRobot {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final UiActions recording = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
            calls.add("timeline " + serviceId);
        }

        @Override
        public void openUrl(String url) {
        }

        @Override
        public void detectAgain(String serviceId) {
            calls.add("detect " + serviceId);
        }
    };
    OverviewWindow window;

    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().hide());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void onlyTheUnreadableServiceHasTheButtonAndPressingItDetectsOnce() throws Exception {
        FxToolkit.setupFixture(() -> {
            OverviewModel model = new OverviewModel(new MovableClock(OverviewDetectAgainTest.NOW), ZoneId.of("UTC"));
            model.update(OverviewDetectAgainTest.views(OverviewDetectAgainTest.NOW.minusSeconds(20)).subList(0, 2));
            window = new OverviewWindow(model, recording);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".detect-again").<Button>queryAll()).singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Detect again"));
        clickOn(".detect-again");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls).containsExactly("detect moved");
        Button pressed = lookup(".detect-again").queryButton();
        assertThat(pressed.getText()).isEqualTo("Detecting…");
        assertThat(pressed.isDisabled()).isTrue();
    }
}
