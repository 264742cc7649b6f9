package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.model.Verdict;
import org.statustray.testing.MovableClock;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The verdict in the overview window, headless: shown under the service, a warning styled as one, read out. */
@ExtendWith(ApplicationExtension.class)
class OverviewVerdictWindowTest extends FxRobot {
    static final Instant NOW = OverviewVerdictTest.NOW;
    OverviewWindow window;

    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().hide());
        }
    }

    @Test
    void theVerdictIsShownBesideTheServiceAndAnEarlyOneIsAWarning() throws Exception {
        FxToolkit.setupFixture(() -> {
            OverviewModel model = new OverviewModel(new MovableClock(NOW), ZoneId.of("Europe/Berlin"));
            model.update(List.of(
                    OverviewVerdictTest.probed("openai", Status.OPERATIONAL, Verdict.THEM_NOT_ON_PAGE_YET, 10_000L,
                            NOW.minusSeconds(60)),
                    OverviewVerdictTest.probed("github", Status.OPERATIONAL, Verdict.FINE, 212L, NOW.minusSeconds(60)),
                    OverviewVerdictTest.probed("slack", Status.OPERATIONAL, Verdict.NO_PROBE, null, null)));
            window = new OverviewWindow(model, UiActions.NONE);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label early = label("not answering from here; not on its page yet · probed 1 min ago");
        assertThat(early.getStyleClass()).contains("verdict", "verdict-warning").doesNotContain("muted");
        Label fine = label("fine · 212 ms · probed 1 min ago");
        assertThat(fine.getStyleClass()).contains("verdict", "muted").doesNotContain("verdict-warning");
        assertThat(lookup(".overview-row .verdict").<Node>queryAll()).hasSize(2);
        assertThat(lookup(".overview-cell").<ListCell<OverviewRow>>queryAll())
                .filteredOn(c -> c.getItem() != null).extracting(ListCell::getAccessibleText)
                .contains("OPENAI, operational, warning: not answering from here; not on its page yet · probed 1 min ago,"
                        + " checked 40 s ago");
    }

    private Label label(String text) {
        return lookup(n -> n instanceof Label l && text.equals(l.getText())).queryAs(Label.class);
    }
}
