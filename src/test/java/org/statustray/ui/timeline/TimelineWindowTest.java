package org.statustray.ui.timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ServiceConfig;
import org.statustray.store.HistoryStore;
import org.statustray.testing.SeedStore;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The timeline window, headless: title, bands, the seeded incidents, the period switch by keyboard, closing. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");


    @TempDir
    Path dir;
    HistoryStore store;
    final List<String> opened = new ArrayList<>();
    final UiActions actions = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
        }

        @Override
        public void openUrl(String url) {
            opened.add(url);
        }
    };

    @AfterEach
    void closeStore() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
        if (store != null) {
            store.close();
        }
    }

    TimelineWindow open(HistoryStore s, ServiceConfig service) throws Exception {
        TimelineWindow[] window = new TimelineWindow[1];
        FxToolkit.setupFixture(() -> {
            TimelineModel model = new TimelineModel(s, service, service.name(), Clock.fixed(NOW, BERLIN), BERLIN);
            window[0] = new TimelineWindow(model, actions);
            window[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    static Stage shownStage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** The text shown under {@code n}: labels' text and the text of text flows, in scene order. */
    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
        } else if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void showsTheBandsAndTheSeededIncidentsAndSwitchesPeriodByKeyboard() throws Exception {
        store = HistoryStore.open(dir);
        SeedStore.seed(store, 400, NOW);
        TimelineWindow window = open(store, SeedStore.configs().get(0));

        Stage stage = shownStage();
        assertThat(stage.getTitle()).isEqualTo("GitHub — StatusTray");
        List<BandBar> bars = lookup(".band-bar").queryAllAs(BandBar.class).stream().toList();
        assertThat(bars).hasSize(11);
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Whole service", "Actions", "Git Operations", "Copilot", "Uptime");
        // The open incident first, expanded, its updates shown in order
        TitledPane first = lookup(".incident").queryAs(TitledPane.class);
        assertThat(first.isExpanded()).isTrue();
        assertThat(first.getAccessibleText()).startsWith("Disruption with some GitHub services · minor impact · Identified");
        List<String> shownTexts = texts(first.getContent());
        assertThat(String.join("\n", shownTexts)).containsSubsequence("Investigating",
                "We are investigating reports of degraded performance for Actions.", "Identified",
                "Queued jobs are delayed.");
        // The day's axis in Berlin's time: from 13:00 CET yesterday to 13:00 today
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("2 Mar 13:00 – 3 Mar 13:00 CET", "16:00", "Tue 3");
        BandBar actionsBar = bars.get(6);
        assertThat(actionsBar.descriptions()).last().isEqualTo("Degraded · 3 Mar 12:20 – 3 Mar 13:00 CET (40 min)");
        assertThat(actionsBar.getAccessibleText()).startsWith("Actions: 100.0 % uptime; ")
                .contains("Degraded · 3 Mar 12:20 – 3 Mar 13:00 CET (40 min)");
        // the tooltip names the segment under the pointer: the last pixel is the open incident
        assertThat(actionsBar.at(actionsBar.getWidth() - 1).status()).isEqualTo(org.statustray.model.Status.DEGRADED);

        ToggleButton day = lookup("24 h").queryAs(ToggleButton.class);
        assertThat(day.isFocused()).isTrue();
        type(KeyCode.RIGHT);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("7 d").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("24 Feb 13:00 – 3 Mar 13:00 CET", "Wed 25", "Mon 2")
                .doesNotContain("2 Mar 13:00 – 3 Mar 13:00 CET");
        BandBar whole = lookup(".band-bar").queryAllAs(BandBar.class).iterator().next();
        assertThat(whole.descriptions().get(0)).contains("24 Feb 13:00 – ");
        assertThat(whole.at(0).from()).isEqualTo(NOW.minus(Duration.ofDays(7)));

        clickOn("Open status page");
        assertThat(opened).containsExactly("https://status.example/github");

        FxToolkit.setupFixture(stage::close);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(window.isShowing()).isFalse();
    }

    @Test
    void withoutAStoreTheWindowSaysSo() throws Exception {
        TimelineWindow window = open(null, SeedStore.configs().get(0));

        assertThat(window.isShowing()).isTrue();
        assertThat(texts(shownStage().getScene().getRoot())).anyMatch(t -> t.startsWith("The history could not be opened"))
                .doesNotContain("Incidents", "Whole service");
        assertThat(lookup(".band-bar").queryAll()).isEmpty();
    }

    @Test
    void aQuietServiceSaysThereWereNoIncidents() throws Exception {
        store = HistoryStore.open(dir);
        ServiceConfig quiet = new ServiceConfig("quiet", "Quiet", "https://status.quiet.test", "statuspage", List.of(),
                null, false, false, false);
        store.markBackfilled("quiet", 0);
        open(store, quiet);

        type(KeyCode.RIGHT);
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(shownStage().getScene().getRoot())).contains("No incidents in the last 7 days", "100.0 %");
    }

    @Test
    void longListsComeAPageAtATimeAndWhatWasOpenedStaysOpen() throws Exception {
        store = HistoryStore.open(dir);
        List<org.statustray.model.Incident> many = new ArrayList<>();
        for (int k = 1; k <= 25; k++) {
            Instant started = NOW.minus(Duration.ofMinutes(30L * k));
            many.add(new org.statustray.model.Incident("i" + k, "Incident " + k, "resolved",
                    org.statustray.model.Impact.MINOR, started, started.plusSeconds(600), started.plusSeconds(600), null,
                    List.of(), List.of()));
        }
        store.upsertIncidents("acme", many);
        ServiceConfig acme = new ServiceConfig("acme", "Acme", "https://status.acme.test", "statuspage", List.of(),
                null, false, false, false);
        TimelineWindow[] window = new TimelineWindow[1];
        TimelineModel[] model = new TimelineModel[1];
        FxToolkit.setupFixture(() -> {
            model[0] = new TimelineModel(store, acme, "Acme", Clock.fixed(NOW, BERLIN), BERLIN);
            window[0] = new TimelineWindow(model[0], actions);
            window[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".incident").queryAll()).hasSize(IncidentList.PAGE);
        List<TitledPane> panes = lookup(".incident").queryAllAs(TitledPane.class).stream().toList();
        assertThat(panes.get(0).isExpanded()).isTrue();
        assertThat(panes.get(1).isExpanded()).isFalse();
        FxToolkit.setupFixture(() -> panes.get(1).setExpanded(true));

        FxToolkit.setupFixture(() -> lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Show the 5 older incidents");
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            store.upsertIncidents("acme", List.of(new org.statustray.model.Incident("new", "Incident new",
                    "investigating", null, NOW.minusSeconds(60), NOW.minusSeconds(60), null, null, List.of(), List.of())));
            model[0].reload(); // as after a poll
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<TitledPane> after = lookup(".incident").queryAllAs(TitledPane.class).stream().toList();
        assertThat(after).hasSize(26);
        assertThat(after.get(0).getAccessibleText()).startsWith("Incident new · impact not given · Investigating");
        assertThat(after.get(1).isExpanded()).isTrue(); // Incident 1, opened by default before, stays open
        assertThat(after.get(2).isExpanded()).isTrue(); // Incident 2, opened by the user
        assertThat(after.get(3).isExpanded()).isFalse();
    }

    @Test
    void aProbedServiceHasAProbeBandUnderTheWholeServiceAndItsIncidentSaysHowFarAheadStatusTrayWas() throws Exception {
        store = HistoryStore.open(dir);
        ServiceConfig acme = new ServiceConfig("acme", "Acme", "https://status.acme.test", "statuspage", List.of(),
                null, false, false, false);
        Instant started = NOW.minus(Duration.ofMinutes(50));
        store.upsertIncidents("acme", List.of(new org.statustray.model.Incident("i1", "Logins fail", "investigating",
                org.statustray.model.Impact.MAJOR, started, started, null, null, List.of(), List.of())));
        store.recordLead("acme", "i1", Duration.ofMinutes(7));
        for (int m = 1; m <= 60; m++) {
            Instant at = NOW.minus(Duration.ofMinutes(m));
            boolean failing = m > 40 && m <= 50;
            store.recordProbe("acme", new org.statustray.model.ProbeResult("https://acme.test/", !failing,
                    failing ? null : 200, new org.statustray.model.ProbeTimes(1L, 2L, 3L, failing ? null : 140L, 150),
                    failing ? org.statustray.model.ProbeFailure.SERVER_ERROR : null, null, at));
        }
        open(store, acme);

        ProbeBar probes = lookup(".probe-bar").queryAs(ProbeBar.class);
        BandBar whole = lookup(".band-bar").queryAs(BandBar.class);
        assertThat(javafx.scene.layout.GridPane.getRowIndex(probes)).isEqualTo(javafx.scene.layout.GridPane.getRowIndex(whole) + 1);
        assertThat(texts(shownStage().getScene().getRoot())).contains("From this machine", "83.3 %");
        assertThat(probes.getAccessibleText()).startsWith("From this machine: 83.3 % of 60 probes answered; failures in 2 stretches: ")
                .contains("All 5 probes failed (last: server error) · 3 Mar 12:10 – 3 Mar 12:15 CET");
        assertThat(probes.descriptions()).hasSize(288).last()
                .isEqualTo("All 5 probes answered · first byte 140 ms · 3 Mar 12:55 – 3 Mar 13:00 CET");
        assertThat(probes.descriptions().get(probes.at(probes.getWidth() - 1))).startsWith("All 5 probes answered");
        assertThat(probes.at(0)).isZero();
        assertThat(probes.descriptions().get(0)).startsWith("No probes · ");
        TitledPane incident = lookup(".incident").queryAs(TitledPane.class);
        assertThat(incident.getAccessibleText()).endsWith("StatusTray saw it 7 min before the status page");
        assertThat(lookup(".incident-lead").queryAs(Label.class).getText())
                .isEqualTo("StatusTray saw it 7 min before the status page");

        FxToolkit.setupFixture(() -> shownStage().close());
        ServiceConfig quiet = new ServiceConfig("quiet", "Quiet", "https://status.quiet.test", "statuspage", List.of(),
                null, false, false, false);
        open(store, quiet);
        assertThat(lookup(".band-bar").queryAll()).isNotEmpty();
        assertThat(lookup(".probe-bar").queryAll()).as("never probed: no band, not an empty one").isEmpty();
        assertThat(texts(shownStage().getScene().getRoot())).doesNotContain("From this machine");
    }
}
