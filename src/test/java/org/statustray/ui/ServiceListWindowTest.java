package org.statustray.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The service list window, headless (Monocle): its title, its rows, and close only hiding it. */
@ExtendWith(ApplicationExtension.class)
class ServiceListWindowTest extends FxRobot {

    static TrayState state(Status github) {
        return new TrayState(github, "StatusTray", List.of(
                new TrayState.Row("github", "GitHub", github, "Minor Service Outage"),
                new TrayState.Row("openai", "OpenAI", Status.OPERATIONAL, "All Systems Operational")), false);
    }

    @Test
    void showsEveryServiceWithItsStatusUnderTheAppTitle() throws Exception {
        ServiceListWindow[] window = new ServiceListWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new ServiceListWindow();
            window[0].setNote("No system tray was found.");
            window[0].show(state(Status.DEGRADED));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).isEqualTo("StatusTray");
        ListView<String> list = lookup(".list-view").queryListView();
        assertThat(list.getItems()).containsExactly("GitHub — degraded: Minor Service Outage",
                "OpenAI — operational: All Systems Operational");

        FxToolkit.setupFixture(() -> window[0].update(state(Status.OPERATIONAL)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems().get(0)).isEqualTo("GitHub — operational: Minor Service Outage");

        FxToolkit.setupFixture(stage::close);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(window[0].isShowing()).isFalse();
    }
}
