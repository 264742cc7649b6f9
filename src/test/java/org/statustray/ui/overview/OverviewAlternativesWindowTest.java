package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.model.Status;
import org.statustray.source.Catalog;
import org.statustray.testing.MovableClock;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The stand-ins line in the overview window, headless: under the service in trouble only. */
@ExtendWith(ApplicationExtension.class)
class OverviewAlternativesWindowTest extends FxRobot {
    OverviewWindow window;

    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.stage().hide());
        }
    }

    @Test
    void theServiceInTroubleSaysWhichStandInsAreOperational() throws Exception {
        FxToolkit.setupFixture(() -> {
            OverviewModel model = new OverviewModel(new MovableClock(OverviewAlternativesTest.NOW),
                    ZoneId.of("Europe/Berlin"));
            model.alternatives(Catalog.builtIn().alternativeGroups());
            model.update(List.of(OverviewAlternativesTest.view("openai", "OpenAI", Status.MAJOR_OUTAGE),
                    OverviewAlternativesTest.view("anthropic", "Anthropic", Status.OPERATIONAL),
                    OverviewAlternativesTest.view("mistral", "Mistral AI", Status.OPERATIONAL)));
            window = new OverviewWindow(model, UiActions.NONE);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label line = lookup(n -> n instanceof Label l && "Anthropic and Mistral AI are operational.".equals(l.getText()))
                .queryAs(Label.class);
        assertThat(line.getStyleClass()).contains("alternatives", "muted");
        assertThat(lookup(".overview-row .alternatives").<Node>queryAll()).hasSize(1);
    }
}
