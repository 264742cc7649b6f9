package org.statustray.ui.all;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.ui.all.AllServicesModelTest.at;
import static org.statustray.ui.all.AllServicesModelTest.incident;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.OverlapSpans;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The all-services window, headless: its title, a band per service most troubled first, the overlap outlined
 * on every band and listed below, hovering and focus telling who was down, a click or Enter opening the
 * service's timeline.
 */
@ExtendWith(ApplicationExtension.class)
class AllServicesWindowTest extends FxRobot {
    static final Instant NOW = AllServicesModelTest.NOW;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    HistoryStore store;
    final List<String> opened = new CopyOnWriteArrayList<>();
    final UiActions actions = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
            opened.add(serviceId);
        }

        @Override
        public void openUrl(String url) {
        }
    };

    @AfterEach
    void closeAll() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
        if (store != null) {
            store.close();
        }
    }

    @Test
    void bandsMostTroubledFirstWithTheOverlapOutlinedOnEveryBandAndListedBelow() throws Exception {
        open();

        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).isEqualTo("All services — StatusTray");
        List<AllBandBar> bars = bars();
        assertThat(bars).extracting(AllBandBar::getId)
                .containsExactly("band-openai", "band-claude", "band-github", "band-slack");
        for (AllBandBar bar : bars) { // the top edge of the outline, in the middle of 09:00–09:30 UTC
            assertThat(pixel(bar, xOf(bar, at("09:15")), 1)).as(bar.getId()).isEqualTo(AllBandBar.overlapColour());
            assertThat(pixel(bar, xOf(bar, at("06:00")), 1)).as(bar.getId() + " outside the overlap")
                    .isNotEqualTo(AllBandBar.overlapColour());
        }
        @SuppressWarnings("unchecked")
        TableView<OverlapRow> table = lookup("#overlaps").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.services()).isEqualTo("OpenAI, Claude");
            assertThat(row.start()).isEqualTo("3 Mar 10:00");
            assertThat(row.end()).isEqualTo("3 Mar 10:30");
            assertThat(row.incidents()).isEqualTo("OpenAI: Elevated error rates; Claude: Claude API errors");
        });
    }

    @Test
    void hoveringABandTellsWhoWasDownThenAndWhy() throws Exception {
        open();
        AllBandBar slack = bars().get(3);

        moveTo(slack.localToScreen(new Point2D(xOf(slack, at("09:15")), slack.getHeight() / 2)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(slack.tipText()).contains("Slack: operational")
                .contains("Down then: OpenAI: degraded (Elevated error rates); Claude: partial outage"
                        + " (Claude API errors)");
    }

    @Test
    void clickingABandOrEnterOnAFocusedOneOpensThatServicesTimeline() throws Exception {
        AllServicesModel model = open();
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.bands()).hasSize(4);
        AllBandBar claude = bars().get(1);

        clickOn(claude);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("claude");

        AllBandBar openai = bars().get(0);
        FxToolkit.setupFixture(openai::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openai.tipText()).startsWith("OpenAI: not operational for 2 h").contains("down with others 1 time");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly("claude", "openai");
    }

    private AllServicesModel open() throws Exception {
        store = HistoryStore.open(dir);
        down("openai", Status.DEGRADED, at("08:00"), at("10:00"));
        store.upsertIncidents("openai", List.of(incident("o1", "Elevated error rates", at("08:00"), at("10:00"))));
        down("claude", Status.PARTIAL_OUTAGE, at("09:00"), at("09:30"));
        store.upsertIncidents("claude", List.of(incident("c1", "Claude API errors", at("09:00"), at("09:30"))));
        down("github", Status.DEGRADED, at("02:00"), at("02:20"));
        store.recordTransition("slack", null, null, Status.OPERATIONAL, NOW.minus(Duration.ofDays(2)));
        store.markBackfilled("slack", 0);
        List<AllServicesModel.Watched> watched = List.of(w("slack", "Slack"), w("github", "GitHub"),
                w("claude", "Claude"), w("openai", "OpenAI"));
        AllServicesModel[] model = new AllServicesModel[1];
        FxToolkit.setupFixture(() -> {
            model[0] = new AllServicesModel(HistoryReads.of(store),
                    (ids, from, to, now) -> OverlapSpans.read(store, ids, from, to, now), () -> watched,
                    Clock.fixed(NOW, BERLIN), BERLIN);
            new AllServicesWindow(model[0], actions).show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return model[0];
    }

    /** The bands of the showing window, in scene order. */
    static List<AllBandBar> bars() {
        Stage shown = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .orElseThrow();
        return shown.getScene().getRoot().lookupAll(".all-band").stream().map(AllBandBar.class::cast).toList();
    }

    private void down(String id, Status status, Instant from, Instant to) {
        store.recordTransition(id, null, null, Status.OPERATIONAL, NOW.minus(Duration.ofDays(2)));
        store.recordTransition(id, null, Status.OPERATIONAL, status, from);
        store.recordTransition(id, null, status, Status.OPERATIONAL, to);
        store.markBackfilled(id, 1);
    }

    private static AllServicesModel.Watched w(String id, String name) {
        return new AllServicesModel.Watched(id, name, List.of());
    }

    /** Where instant {@code t} is on the bar: the period is the 24 h up to NOW. */
    private static double xOf(AllBandBar bar, Instant t) {
        return Duration.between(NOW.minus(Duration.ofHours(24)), t).toMillis() / (double) Duration.ofHours(24).toMillis()
                * bar.getWidth();
    }

    private static Color pixel(AllBandBar bar, double x, int y) throws Exception {
        Color[] c = new Color[1];
        FxToolkit.setupFixture(() -> {
            WritableImage image = bar.snapshot(null, null);
            c[0] = image.getPixelReader().getColor((int) x, y);
        });
        return c[0];
    }
}
