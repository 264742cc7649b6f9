package org.statustray.ui.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Status;
import org.statustray.testing.MovableClock;
import org.statustray.model.ServiceView;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview window, headless (Monocle): title, rows, keyboard, links, toolbar, empty state, note, closing. */
@ExtendWith(ApplicationExtension.class)
class OverviewWindowTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-02-03T13:45:00Z");
    static final String INCIDENT_URL = "https://www.githubstatus.com/incidents/abc";

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
        public void openHistory() {
            calls.add("history");
        }

        @Override
        public void openSettings() {
            calls.add("settings");
        }

        @Override
        public void refreshNow() {
            calls.add("refresh");
        }
    };
    final MovableClock clock = new MovableClock(NOW);
    OverviewModel model;
    OverviewWindow window;

    static List<ServiceView> services() {
        Incident actions = new Incident("abc", "Actions runs are delayed", "investigating", Impact.MINOR,
                NOW.minusSeconds(2400), NOW, null, INCIDENT_URL,
                List.of(new IncidentUpdate("u", "investigating", NOW.minusSeconds(2400), null, "Looking.")), List.of());
        return List.of(
                new ServiceView("github", "GitHub", "https://www.githubstatus.com", Status.DEGRADED, "Minor Service Outage",
                        null, NOW.minusSeconds(40), NOW.minusSeconds(40), List.of(actions), List.of()),
                view("openai", "OpenAI", Status.OPERATIONAL, "All Systems Operational"),
                view("slack", "Slack", Status.OPERATIONAL, "No issues"),
                new ServiceView("aws", "AWS", "https://health.aws.amazon.com", Status.UNKNOWN, null,
                        "no answer within 30 s", NOW.minusSeconds(20), NOW.minusSeconds(3 * 3600), null, null));
    }

    static ServiceView view(String id, String name, Status status, String description) {
        return new ServiceView(id, name, "https://status." + id + ".com", status, description, null,
                NOW.minusSeconds(40), NOW.minusSeconds(40), List.of(), List.of());
    }

    void open(List<ServiceView> views) throws Exception {
        FxToolkit.setupFixture(() -> {
            model = new OverviewModel(clock, ZoneId.of("Europe/Berlin"));
            model.update(views);
            window = new OverviewWindow(model, recording);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void onFx(Runnable r) throws Exception {
        FxToolkit.setupFixture(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    ListView<OverviewRow> list() {
        return lookup(".overview-list").queryListView();
    }

    boolean shows(String text) {
        return lookup(n -> n instanceof Label l && text.equals(l.getText()) && visible(l)).tryQuery().isPresent();
    }

    static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }


    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            onFx(() -> window.stage().hide());
        }
    }

    @Test
    void opensTitledStatusTrayWithEveryServiceAndTheSummary() throws Exception {
        open(services());

        assertThat(window.isShowing()).isTrue();
        assertThat(window.stage().getTitle()).isEqualTo("StatusTray");
        assertThat(window.stage().getIcons()).as("the app icon from icons/").extracting(Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 256.0);
        assertThat(list().getItems()).extracting(OverviewRow::name).containsExactly("GitHub", "OpenAI", "Slack", "AWS");
        assertThat(shows("1 of 4 services needs attention")).isTrue();
        assertThat(shows("1 cannot be read")).isTrue();
        assertThat(shows("Minor Service Outage")).isTrue();
        assertThat(shows("degraded")).isTrue();
        assertThat(shows("checked 40 s ago")).isTrue();
        assertThat(shows("Actions runs are delayed")).isTrue();
        assertThat(shows("Cannot read the status page: no answer within 30 s")).isTrue();
        assertThat(shows("last good data 3 h ago")).isTrue();
        assertThat(lookup(".overview-row .status-mark").<Node>queryAll()).extracting(Node::getUserData)
                .contains(Status.DEGRADED, Status.OPERATIONAL, Status.UNKNOWN);
    }

    @Test
    void downThenEnterOpensTheSecondServicesTimeline() throws Exception {
        open(services());
        assertThat(list().isFocused()).as("focus starts on the list").isTrue();
        assertThat(list().getSelectionModel().getSelectedIndex()).isZero();

        type(KeyCode.DOWN);
        type(KeyCode.ENTER);

        assertThat(calls).containsExactly("timeline openai");
        assertThat(model.selectedId()).isEqualTo("openai");
    }

    @Test
    void aDoubleClickOpensTheTimelineAndALinkOpensTheIncident() throws Exception {
        open(services());

        doubleClickOn("Slack");
        clickOn(lookup(n -> n instanceof Hyperlink h && "Open incident".equals(h.getText())).queryAs(Hyperlink.class));

        assertThat(calls).containsExactly("timeline slack", "url " + INCIDENT_URL);
    }

    @Test
    void theMenuKeyReachesTheRowsStatusPageAndIncidents() throws Exception {
        open(services());

        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        clickOn("Open incident: Actions runs are delayed");
        type(KeyCode.CONTEXT_MENU);
        clickOn("Open status page");

        assertThat(calls).containsExactly("url " + INCIDENT_URL, "url https://www.githubstatus.com");
    }

    @Test
    void theKeyboardKeepsItsPlaceWhenAPollReordersTheServices() throws Exception {
        open(services());
        type(KeyCode.DOWN, 2);
        assertThat(list().getSelectionModel().getSelectedItem().id()).isEqualTo("slack");

        List<ServiceView> reordered = new ArrayList<>(services());
        reordered.add(0, reordered.remove(2));
        onFx(() -> model.update(reordered));
        assertThat(list().getSelectionModel().getSelectedItem().id()).isEqualTo("slack");
        assertThat(list().getFocusModel().getFocusedIndex()).isZero();

        clock.advance(Duration.ofMinutes(2));
        onFx(model::tick);
        assertThat(shows("checked 2 min ago")).isTrue();
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        assertThat(calls).containsExactly("timeline github");
    }

    @Test
    void theToolbarRefreshesAndOpensHistoryAndSettings() throws Exception {
        open(services());

        clickOn("#refresh-now");
        clickOn("#open-history");
        clickOn("#open-settings");
        onFx(() -> list().requestFocus());
        type(KeyCode.F5);

        assertThat(calls).containsExactly("refresh", "history", "settings", "refresh");
    }

    @Test
    void withNoServicesItSaysToAddThemInSettings() throws Exception {
        open(List.of());

        assertThat(shows("You are not watching any services yet.")).isTrue();
        assertThat(list().isVisible()).isFalse();
        assertThat(shows("No services watched")).as("the empty state says it instead").isFalse();
        type(KeyCode.ENTER);
        assertThat(calls).containsExactly("settings");

        onFx(() -> model.update(services()));
        assertThat(list().isVisible()).isTrue();
        assertThat(list().isFocused()).isTrue();
        assertThat(shows("You are not watching any services yet.")).isFalse();
    }

    @Test
    void theNoteBarComesAndGoes() throws Exception {
        open(services());
        String sentence = "No system tray was found: this window is how StatusTray shows your services.";
        assertThat(shows(sentence)).isFalse();

        onFx(() -> window.setNote(sentence));
        assertThat(shows(sentence)).isTrue();

        onFx(() -> window.setNote(null));
        assertThat(shows(sentence)).isFalse();
    }

    @Test
    void closingOnlyHidesAndShowingAgainIsUpToDate() throws Exception {
        open(services());
        type(KeyCode.DOWN);
        assertThat(window.isTicking()).isTrue();

        onFx(() -> window.stage().close());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
        assertThat(window.isShowing()).isFalse();
        assertThat(window.isTicking()).as("no clock work while hidden").isFalse();

        clock.advance(Duration.ofMinutes(5));
        onFx(window::show);
        assertThat(window.isShowing()).isTrue();
        assertThat(shows("checked 5 min ago")).as("showing re-reads the clock").isTrue();
        assertThat(list().getSelectionModel().getSelectedItem().id()).isEqualTo("openai");
        assertThat(list().isFocused()).isTrue();
    }
}
