package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The history window's "At the same time", headless: what it lists for the selected incident, and a click on one. */
@ExtendWith(ApplicationExtension.class)
class HistorySameTimeWindowTest extends FxRobot {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    HistoryStore store;
    HistoryModel model;
    HistoryWindow window;

    @BeforeEach
    void open() throws Exception {
        store = HistoryStore.open(dir);
        SameTimeHistory.fill(store);
        model = new HistoryModel(store, SameTimeHistory::name, Clock.fixed(SameTimeHistory.NOW, BERLIN), BERLIN);
        UiActions actions = new UiActions() {
            @Override
            public void openTimeline(String serviceId) {
            }

            @Override
            public void openUrl(String url) {
            }
        };
        FxToolkit.setupFixture(() -> {
            window = new HistoryWindow(model, actions);
            model.reload(Runnable::run, Platform::runLater);
            window.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(window::hide);
        store.close();
    }

    void select(String incidentId) throws Exception {
        HistoryRow row = model.rows().stream().filter(r -> r.incident().id().equals(incidentId)).findFirst().orElseThrow();
        FxToolkit.setupFixture(() -> model.selectedProperty().set(row));
        WaitForAsyncUtils.waitForFxEvents();
    }

    List<String> sameTimeLines() {
        VBox box = lookup("#history-same-time").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> n instanceof Hyperlink h ? "link " + h.getText()
                : ((Label) n).getText()).toList();
    }

    @Test
    void theSelectedIncidentShowsTheOthersOpenAtTheSameTimeInTheUsersZone() throws Exception {
        select("o1");

        // 29 March: 11:00 UTC is 13:00 CEST (the clocks went forward at 02:00 that night).
        assertThat(sameTimeLines()).containsExactly(HistoryDetail.SAME_TIME,
                "link Claude: Elevated errors on Claude", "29 Mar 13:00 CEST · 30 min",
                "link Cursor: Cursor requests failing", "29 Mar 13:50 CEST · ongoing");
    }

    @Test
    void clickingOneSelectsItEvenWhenTheFiltersHideIt() throws Exception {
        FxToolkit.setupFixture(() -> model.serviceFilterProperty().set("openai"));
        select("o1");
        Hyperlink claude = lookup(".history-same-time-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("Claude")).findFirst().orElseThrow();

        clickOn(claude);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedProperty().get().incident().id()).isEqualTo("a1");
        assertThat(model.serviceFilterProperty().get()).isNull();
        assertThat(lookup("#history-detail-title").queryAs(Label.class).getText()).isEqualTo("Elevated errors on Claude");
        assertThat(lookup(".table-view").queryAs(TableView.class).getSelectionModel().getSelectedItem())
                .isSameAs(model.selectedProperty().get());
        assertThat(sameTimeLines()).contains("link OpenAI: ChatGPT unavailable", "link OpenAI: Login errors");
    }

    @Test
    void anIncidentAloneHasNoSuchSection() throws Exception {
        select("s1");

        assertThat(lookup("#history-same-time").tryQuery()).isEmpty();
    }
}
