package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline window headless, for what a person must be able to trust at a glance: "—" for a band with no
 * data and how much is known for the others, the legend, tooltips on keyboard focus, names not cut, and an
 * empty period that says there is no data.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowHonestyTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String LONG_NAME = "Content delivery network — Europe, Middle East and Africa edge locations";
    static final ServiceConfig ACME = new ServiceConfig("acme", "Acme", "https://status.acme.test", "statuspage",
            List.of(), null, false, false, false);

    @TempDir
    Path dir;
    HistoryStore store;
    TimelineModel model;

    @AfterEach
    void closeAll() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
        if (store != null) {
            store.close();
        }
    }

    void open() throws Exception {
        FxToolkit.setupFixture(() -> {
            model = new TimelineModel(store, ACME, "Acme", Clock.fixed(NOW, BERLIN), BERLIN);
            new TimelineWindow(model, UiActions.NONE).show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Read once an hour ago: the whole service known for 6 h, the long-named part since an hour, "api" never. */
    void seenBriefly() throws Exception {
        store = HistoryStore.open(dir);
        store.saveSnapshot("acme", new Snapshot("Acme", ACME.url(), "statuspage", NOW, Status.OPERATIONAL,
                "All Systems Operational", List.of(new Component("cdn", LONG_NAME, null, Status.OPERATIONAL),
                        new Component("api", "API", null, Status.OPERATIONAL)), true, List.of(), List.of()));
        store.recordTransition("acme", null, null, Status.OPERATIONAL, NOW.minus(Duration.ofHours(6)));
        store.recordTransition("acme", "cdn", null, Status.OPERATIONAL, NOW.minus(Duration.ofHours(1)));
        open();
    }

    static Stage shownStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .orElseThrow();
    }

    List<String> shownTexts() {
        return TimelineWindowTest.texts(shownStage().getScene().getRoot());
    }

    @Test
    void aBandWithNoDataShowsADashAndTheOthersHowMuchIsKnown() throws Exception {
        seenBriefly();

        assertThat(shownTexts()).contains("100.0 % of 6 h known", "100.0 % of 1 h known", "—")
                .doesNotContain("100.0 %");
        BandBar api = lookup(".band-bar").queryAllAs(BandBar.class).stream()
                .filter(b -> b.getAccessibleText().startsWith("API:")).findFirst().orElseThrow();
        assertThat(api.getAccessibleText()).startsWith("API: no data, so no uptime");
    }

    @Test
    void theLegendTellsTheColoursAndShapes() throws Exception {
        seenBriefly();

        Node legend = lookup(".timeline-legend").query();
        assertThat(TimelineWindowTest.texts(legend)).containsExactly("Operational", "Maintenance", "Degraded",
                "Partial outage", "Major outage", "Could not tell", "No data");
        assertThat(lookup(".timeline-legend .status-mark").queryAll()).hasSize(6); // a shape for each status
    }

    @Test
    void aFocusedBandShowsItsTooltipAndTheKeysStepThroughItsStretches() throws Exception {
        seenBriefly();

        BandBar focused = null;
        for (int k = 0; k < 12 && focused == null; k++) { // Tab from the period switch to the first band
            type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            if (shownStage().getScene().getFocusOwner() instanceof BandBar b) {
                focused = b;
            }
        }
        assertThat(focused).isNotNull();
        BandBar bar = focused;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, bar::tipShowing);
        assertThat(bar.tipText()).isEqualTo(bar.getAccessibleText()).startsWith("Whole service: 100.0 % uptime over the 6 h known");
        javafx.geometry.Point2D under = bar.localToScreen(0, bar.getHeight());
        assertThat(bar.tipAt().getY()).isGreaterThanOrEqualTo(under.getY() - 1); // under the bar, not over it

        type(KeyCode.RIGHT); // the first stretch: nothing known
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.tipShowing()).isTrue();
        assertThat(bar.tipText()).isEqualTo(bar.descriptions().get(0)).startsWith("No data · 2 Mar 13:00 – 3 Mar 07:00 CET");

        type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.tipText()).startsWith("Operational · 3 Mar 07:00 – 3 Mar 13:00 CET");

        FxToolkit.setupFixture(() -> model.reload()); // a poll: new bars; the focus and the stretch stay
        WaitForAsyncUtils.waitForFxEvents();
        BandBar after = (BandBar) shownStage().getScene().getFocusOwner();
        assertThat(after).isNotSameAs(bar);
        assertThat(after.getAccessibleText()).startsWith("Whole service:");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, after::tipShowing);
        assertThat(after.tipText()).startsWith("Operational · 3 Mar 07:00 – 3 Mar 13:00 CET");
        assertThat(after.tipAt().getY()).isGreaterThanOrEqualTo(after.localToScreen(0, after.getHeight()).getY() - 1);

        type(KeyCode.TAB); // focus moves on: the tooltip goes with it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(after.tipShowing()).isFalse();
    }

    @Test
    void hoveringABandShowsTheStretchUnderThePointer() throws Exception {
        seenBriefly();
        BandBar whole = lookup(".band-bar").queryAllAs(BandBar.class).iterator().next();

        moveTo(whole.localToScreen(whole.getWidth() - 3, whole.getHeight() / 2)); // the last, known stretch

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, whole::tipShowing);
        assertThat(whole.tipText()).startsWith("Operational · 3 Mar 07:00 – 3 Mar 13:00 CET");
    }

    @Test
    void aLongComponentNameWrapsAndItsTooltipHasItWhole() throws Exception {
        seenBriefly();

        Label name = lookup(".band-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(LONG_NAME)).findFirst().orElseThrow();
        Text drawn = from(name).lookup(".text").queryAs(Text.class);
        assertThat(drawn.getText()).isEqualTo(LONG_NAME); // not cut short with an ellipsis
        assertThat(name.getHeight()).isGreaterThan(name.getFont().getSize() * 2); // on more than one line
        assertThat(name.getTooltip().getText()).isEqualTo(LONG_NAME);
    }

    @Test
    void aTimelineWithNoDataSaysSoNotThatThereWereNoIncidents() throws Exception {
        store = HistoryStore.open(dir);
        open();

        assertThat(shownTexts()).anyMatch(t -> t.startsWith("No data for the last 24 hours"))
                .noneMatch(t -> t.startsWith("No incidents")).contains("—");
    }
}
