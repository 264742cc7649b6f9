package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.model.ServiceView;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.testing.MovableClock;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notifications kept quiet, in the overview window, headless: "Notifications snoozed until 19:30 CET · Resume"
 * while snoozed, gone at once when the tray says the snooze ended; a muted mark on muted services' rows.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewQuietWindowTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-12-07T17:30:00Z"); // 18:30 CET
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Snooze UNTIL_1930 = Snooze.of(Instant.parse("2026-12-07T18:30:00Z"), NOW, BERLIN);

    final List<String> calls = new CopyOnWriteArrayList<>();
    final UiActions recording = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
            calls.add("timeline " + serviceId);
        }

        @Override
        public void openUrl(String url) {
            calls.add("url " + url);
        }

        @Override
        public void resumeNotifications() {
            calls.add("resume");
        }
    };
    OverviewModel model;
    OverviewWindow window;

    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            onFx(() -> window.stage().hide());
        }
    }

    @Test
    void whileSnoozedItSaysUntilWhenAndResumeEndsItThere() throws Exception {
        open(state(UNTIL_1930, false));

        assertThat(visible(lookup("#snooze-bar").query())).isTrue();
        assertThat(lookup("#snooze-line").queryAs(Label.class).getText())
                .isEqualTo("Notifications snoozed until 19:30 CET");
        clickOn("#resume-notifications");
        assertThat(calls).containsExactly("resume");

        onFx(() -> model.quiet().follow(state(null, false))); // the tray's next state: not snoozed

        assertThat(visible(lookup("#snooze-bar").query())).isFalse();
        assertThat(lookup("#snooze-bar").query().isManaged()).as("takes no room").isFalse();
        assertThat(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("snoozed")
                && visible(l)).tryQuery()).isEmpty();
    }

    @Test
    void notSnoozedThereIsNoLine() throws Exception {
        open(state(null, false));

        assertThat(visible(lookup("#snooze-bar").query())).isFalse();
    }

    @Test
    void aMutedServiceBearsTheMutedMarkWithItsMeaning() throws Exception {
        open(state(null, true));

        List<Node> marks = lookup("#muted-mark").queryAll().stream().toList();
        assertThat(marks).singleElement().satisfies(m -> {
            Label mark = (Label) m;
            assertThat(mark.getText()).isEqualTo("muted");
            assertThat(mark.getTooltip().getText()).isEqualTo(MutedMark.MEANING);
            assertThat(cellOf(mark).getItem().id()).isEqualTo("slack");
        });
        assertThat(lookup(".overview-cell").<ListCell<OverviewRow>>queryAll()).filteredOn(c -> c.getItem() != null)
                .filteredOn(c -> c.getItem().id().equals("slack")).singleElement()
                .extracting(ListCell::getAccessibleText).asString().endsWith(", notifications muted");

        onFx(() -> model.quiet().follow(state(null, false))); // unmuted in Settings

        assertThat(lookup("#muted-mark").tryQuery()).isEmpty();
    }

    static TrayState state(Snooze snooze, boolean slackMuted) {
        return new TrayState(Status.DEGRADED, "", List.of(
                new TrayState.Row("github", "GitHub", Status.DEGRADED, "", null, null, false),
                new TrayState.Row("slack", "Slack", Status.OPERATIONAL, "", null, null, slackMuted)), snooze);
    }

    void open(TrayState tray) throws Exception {
        onFx(() -> {
            model = new OverviewModel(new MovableClock(NOW), BERLIN);
            model.quiet().follow(tray);
            model.update(List.of(view("github", "GitHub", Status.DEGRADED), view("slack", "Slack", Status.OPERATIONAL)));
            window = new OverviewWindow(model, recording);
            window.show();
        });
    }

    static ServiceView view(String id, String name, Status status) {
        return new ServiceView(id, name, "https://status." + id + ".com", status, status.label(), null,
                NOW.minusSeconds(40), NOW.minusSeconds(40), List.of(), List.of());
    }

    void onFx(Runnable r) throws Exception {
        FxToolkit.setupFixture(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static ListCell<OverviewRow> cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return (ListCell<OverviewRow>) cell;
            }
        }
        throw new AssertionError("not in a cell");
    }

    static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
