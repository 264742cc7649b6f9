package org.statustray.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.testing.FxKeys;
import org.statustray.testing.SeedStore;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The incident history window, headless (Monocle), on a seeded store read on a real background thread. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    @TempDir
    static Path dataDir;
    static HistoryStore store;
    static ExecutorService background;
    final List<String> opened = new ArrayList<>();
    HistoryWindow window;

    @BeforeAll
    static void seed() throws Exception {
        store = HistoryStore.open(dataDir);
        SeedStore.seed(store, 300, NOW);
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void close() {
        background.shutdownNow();
        store.close();
    }

    @AfterEach
    void hide() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(window::hide);
        }
    }

    HistoryModel open(HistoryStore from) throws Exception {
        HistoryModel model = new HistoryModel(from, id -> SeedStore.configs().stream().filter(c -> c.id().equals(id))
                .findFirst().map(c -> c.name()).orElse(null), Clock.fixed(NOW, ZONE), ZONE);
        UiActions actions = new UiActions() {
            @Override
            public void openTimeline(String serviceId) {
                opened.add("timeline " + serviceId);
            }

            @Override
            public void openUrl(String url) {
                opened.add(url);
            }
        };
        FxToolkit.setupFixture(() -> {
            window = new HistoryWindow(model, actions);
            model.reload(background, Platform::runLater);
            window.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    Stage stage() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && HistoryWindow.TITLE.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow();
    }

    void key(KeyCode code, boolean shortcut) throws Exception {
        FxKeys.press(stage().getScene(), code, shortcut);
    }

    void key(KeyCode code) throws Exception {
        key(code, false);
    }

    /** Types text into the node that has the focus, one character at a time. */
    void typeText(String text) throws Exception {
        for (char c : text.toCharArray()) {
            FxToolkit.setupFixture(() -> Event.fireEvent(stage().getScene().getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED,
                    String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void press(String buttonText) throws Exception {
        ButtonBase button = lookup(buttonText).queryAs(ButtonBase.class);
        FxToolkit.setupFixture(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String count() {
        return lookup("#history-count").queryAs(Label.class).getText();
    }

    String detailTitle() {
        return lookup("#history-detail-title").queryAs(Label.class).getText();
    }

    @Test
    void opensTitledWithTheSeededRowsAndTypingInTheFocusedSearchFieldNarrowsThem() throws Exception {
        HistoryModel model = open(store);
        Stage stage = stage();
        assertThat(stage.getTitle()).isEqualTo("Incident history — StatusTray");
        TableView<?> table = lookup(".table-view").queryTableView();
        assertThat(table.getItems()).hasSize(300);
        assertThat(count()).isEqualTo("300 of 300 incidents");
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TextField.class);
        assertThat(((TextField) focused).getPromptText()).isEqualTo("Search titles and updates");

        typeText("queued jobs");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(count()).isEqualTo("1 of 300 incidents");
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 300);

        typeText("xyzzy nothing");
        assertThat(table.getItems()).isEmpty();
        assertThat(lookup("#history-placeholder").queryAs(Label.class).getText()).isEqualTo(HistoryModel.NO_MATCH);
        assertThat(lookup("Export CSV…").queryAs(Button.class).isDisabled()).isTrue();
        press("Clear filters");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 300);
        assertThat(lookup("Export CSV…").queryAs(Button.class).isDisabled()).isFalse();

        ComboBox<HistoryModel.ServiceChoice> services = lookup(".combo-box").queryComboBox();
        assertThat(services.getItems()).extracting(HistoryModel.ServiceChoice::name)
                .containsExactly("All services", "Anthropic", "AWS", "GitHub", "Google Cloud", "OpenAI", "Slack");
        FxToolkit.setupFixture(() -> services.getSelectionModel().select(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.serviceFilterProperty().get()).isEqualTo("slack");
        assertThat(table.getItems()).isNotEmpty().allMatch(r -> ((HistoryRow) r).serviceId().equals("slack"));
        assertThat(count()).isEqualTo(table.getItems().size() + " of 300 incidents");

        DatePicker from = lookup(".date-picker").queryAs(DatePicker.class);
        FxToolkit.setupFixture(() -> from.getEditor().requestFocus());
        typeText("not a date");
        key(KeyCode.ENTER);
        assertThat(model.fromDateProperty().get()).isNull();
        FxToolkit.setupFixture(() -> from.getEditor().clear());
        typeText("2026-03-01");
        key(KeyCode.ENTER);
        assertThat(model.fromDateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(table.getItems()).allMatch(r -> !((HistoryRow) r).spanEnd().isBefore(Instant.parse("2026-03-01T06:00:00Z")));
    }

    @Test
    void upAndDownInTheTableMoveTheSelectionAndTheDetailFollows() throws Exception {
        HistoryModel model = open(store);
        TableView<?> table = lookup(".table-view").queryTableView();
        assertThat(lookup(HistoryDetail.NOTHING_SELECTED).tryQuery()).isPresent();

        key(KeyCode.DOWN); // from the search field into the table, on the first row
        assertThat(stage().getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        HistoryRow first = model.rows().get(0);
        assertThat(first.incident().id()).isEqualTo(SeedStore.OPEN_INCIDENT_ID);
        assertThat(detailTitle()).isEqualTo(first.incident().title());
        assertThat(lookup("Queued jobs are delayed. We have identified the cause and are rolling out a fix.").tryQuery())
                .isPresent();

        key(KeyCode.DOWN);
        key(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(model.selectedProperty().get()).isSameAs(model.rows().get(2));
        assertThat(detailTitle()).isEqualTo(model.rows().get(2).incident().title());
        key(KeyCode.UP);
        assertThat(model.selectedProperty().get()).isSameAs(model.rows().get(1));
        assertThat(detailTitle()).isEqualTo(model.rows().get(1).incident().title());

        key(KeyCode.ENTER);
        assertThat(opened).containsExactly(model.rows().get(1).incident().url());
        press("Service timeline");
        assertThat(opened).last().isEqualTo("timeline " + model.rows().get(1).serviceId());

        key(KeyCode.F, true);
        assertThat(stage().getScene().getFocusOwner()).isInstanceOf(TextField.class);
    }

    @Test
    void withNothingSelectedTheTitleColumnTakesWhatTheOtherColumnsLeaveAndTheUpdatesComeOnlyWithASelection()
            throws Exception {
        HistoryModel model = open(store);
        FxToolkit.setupFixture(() -> {
            stage().setWidth(1280);
            stage().setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = lookup(".table-view").queryTableView();
        TableColumn<?, ?> title = column(table, "Title");

        assertThat(lookup(".history-detail").tryQuery()).as("no updates pane while nothing is selected").isEmpty();
        assertThat(table.getWidth()).isEqualTo(stage().getScene().getWidth());
        double others = table.getColumns().stream().filter(c -> c != title).mapToDouble(TableColumn::getWidth).sum();
        assertThat(title.getWidth()).as("the title has the rest, less the scroll bar")
                .isGreaterThan(table.getWidth() - others - 30).isGreaterThan(600);
        assertThat(column(table, "Service").getWidth()).as("as wide as the longest name, no wider").isLessThan(130);
        assertThat(column(table, "Status").getWidth()).as("StatusTray's own longest phase fits")
                .isGreaterThan(new Text("No longer listed").getLayoutBounds().getWidth() + 12);
        assertThat(cellsOf(table, "Title")).allSatisfy(c -> assertThat(c.getText()).isNotNull()
                .as("not cut").isEqualTo(((HistoryRow) c.getTableRow().getItem()).incident().title()));
        assertThat(cellsOf(table, "Title")).allSatisfy(c -> assertThat(((Text) c.lookup(".text")).getText())
                .as("shown whole").isEqualTo(c.getText()));

        key(KeyCode.DOWN);
        assertThat(lookup(".history-detail").tryQuery()).isPresent();
        assertThat(title.getWidth()).as("the updates take their room only now").isLessThan(table.getWidth() - others);
        FxToolkit.setupFixture(() -> model.selectedProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".history-detail").tryQuery()).isEmpty();
        assertThat(title.getWidth()).isGreaterThan(600);
    }

    @Test
    void anOpenIncidentOfImpactNoneWearsNoOperationalTickAndStartsAreWrittenWithTheirZone(@TempDir Path own)
            throws Exception {
        try (HistoryStore small = HistoryStore.open(own)) {
            SeedStore.seed(small, 20, NOW);
            small.upsertIncidents("slack", List.of(
                    HistoryModelTest.incident("none-open", "Some users may see delays", "investigating", Impact.NONE,
                            "2026-03-10T11:30:00Z", null),
                    HistoryModelTest.incident("none-over", "Some users saw delays", "resolved", Impact.NONE,
                            "2026-03-10T11:20:00Z", "2026-03-10T11:25:00Z")));
            open(small);
            TableView<?> table = lookup(".table-view").queryTableView();

            TableCell<?, ?> open = cell(table, "none-open", "Impact");
            assertThat(open.getText()).isEqualTo("none");
            assertThat(open.lookupAll(".status-mark")).as("no mark at all while it is open").isEmpty();
            assertThat(cell(table, "none-open", "Duration").getText()).isEqualTo("ongoing");
            assertThat(cell(table, "none-open", "Status").getText()).isEqualTo("Investigating");
            assertThat(cell(table, "none-open", "Status").getTableRow().getPseudoClassStates())
                    .as("the open row stands out").contains(HistoryTable.OPEN);
            assertThat(cell(table, "none-over", "Status").getTableRow().getPseudoClassStates()).doesNotContain(HistoryTable.OPEN);
            TableCell<?, ?> over = cell(table, "none-over", "Impact");
            assertThat(over.lookupAll(".status-mark")).extracting(Node::getUserData).containsExactly(Status.OPERATIONAL);
            TableCell<?, ?> minor = cell(table, SeedStore.OPEN_INCIDENT_ID, "Impact");
            assertThat(minor.lookupAll(".status-mark")).extracting(Node::getUserData).doesNotContain(Status.OPERATIONAL)
                    .hasSize(1);

            assertThat(cell(table, "none-open", "Started").getText()).as("Chicago, after the clocks went forward")
                    .isEqualTo("10 Mar 06:30 CDT");
            FxToolkit.setupFixture(() -> stage().close());
        }
    }

    static TableColumn<?, ?> column(TableView<?> table, String name) {
        return table.getColumns().stream().filter(c -> c.getText().equals(name)).findFirst().orElseThrow();
    }

    /** The cells of a column showing a row. */
    List<TableCell<?, ?>> cellsOf(TableView<?> table, String column) {
        TableColumn<?, ?> c = column(table, column);
        return table.lookupAll(".table-cell").stream().<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(cell -> cell.getTableColumn() == c && !cell.isEmpty() && cell.getTableRow() != null
                        && cell.getTableRow().getItem() != null)
                .toList();
    }

    TableCell<?, ?> cell(TableView<?> table, String incidentId, String column) {
        return cellsOf(table, column).stream()
                .filter(c -> incidentId.equals(((HistoryRow) c.getTableRow().getItem()).incident().id()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + column + " cell shown for " + incidentId));
    }

    @Test
    void closingHidesTheWindowAndShowingItAgainReadsTheStoreAgain(@TempDir Path own) throws Exception {
        try (HistoryStore small = HistoryStore.open(own)) {
            SeedStore.seed(small, 20, NOW);
            closeAndReopen(small);
        }
    }

    @Test
    void theDetailSaysHowFarAheadOfTheStatusPageStatusTraySawAnIncident(@TempDir Path own) throws Exception {
        try (HistoryStore small = HistoryStore.open(own)) {
            SeedStore.seed(small, 20, NOW);
            org.statustray.store.StoredIncident open = small.incidents(null, null).stream()
                    .filter(s -> s.incident().id().equals(SeedStore.OPEN_INCIDENT_ID)).findFirst().orElseThrow();
            assertThat(small.recordLead(open.serviceId(), open.incident().id(), java.time.Duration.ofMinutes(65))).isTrue();
            HistoryModel model = open(small);

            key(KeyCode.DOWN);
            assertThat(model.selectedProperty().get().incident().id()).isEqualTo(SeedStore.OPEN_INCIDENT_ID);
            assertThat(lookup("#history-detail-lead").queryAs(Label.class).getText())
                    .isEqualTo("StatusTray saw it 1 h 5 min before the status page");
            key(KeyCode.DOWN);
            assertThat(model.selectedProperty().get().lead()).isNull();
            assertThat(lookup("#history-detail-lead").tryQuery()).as("no lead, no line").isEmpty();
            FxToolkit.setupFixture(() -> stage().close());
        }
    }

    private void closeAndReopen(HistoryStore store) throws Exception {
        HistoryModel model = open(store);
        Stage stage = stage();
        key(KeyCode.W, true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(window.isShowing()).isFalse();

        store.upsertIncidents("slack", List.of(HistoryModelTest.incident("late-1", "Calls dropping", "resolved", null,
                "2026-03-10T09:00:00Z", "2026-03-10T09:30:00Z")));
        FxToolkit.setupFixture(window::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.totalCount() == 21 && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isTrue();
        assertThat(count()).isEqualTo("21 of 21 incidents");
        FxToolkit.setupFixture(() -> stage().close());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    @Test
    void withoutAStoreTheWindowSaysWhyInsteadOfShowingRows() throws Exception {
        open(null);
        assertThat(lookup("#history-placeholder").queryAs(Label.class).getText()).isEqualTo(HistoryModel.NO_STORE);
        assertThat(count()).isEmpty();
        assertThat(lookup("Export JSON…").queryAs(Button.class).isDisabled()).isTrue();
    }
}
