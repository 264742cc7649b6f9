package org.statustray.ui.history;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.statustray.ui.AppStage;
import org.statustray.ui.SafeText;
import org.statustray.ui.UiActions;

/**
 * "Incident history — StatusTray": every stored incident of every service in one sortable table, with a
 * filter bar (search, service, impact, dates), the selected incident's updates beside it, and CSV and JSON
 * export of the rows shown. The search field has the focus first (Ctrl+F brings it back; Down or Enter
 * goes to the table); Enter or a double click in the table opens the incident's page. Call on the FX thread.
 */
public final class HistoryWindow {
    public static final String TITLE = "Incident history — StatusTray";
    private static final double WIDE = 1200; // narrower, titles and updates side by side are both cut

    private final HistoryModel model;
    private final UiActions actions;
    private final TextField search = new TextField();
    private final TableView<HistoryRow> table;
    private final HistoryDetail detail;
    private final SplitPane split = new SplitPane();
    private final AppStage stage;
    private Orientation arranged;
    /** Where the user left the divider, per orientation, for when the updates come back. */
    private double besideAt = 0.72;
    private double underAt = 0.55;
    private @Nullable File lastFolder;
    private boolean shownBefore;

    public HistoryWindow(HistoryModel model, UiActions actions) {
        this.model = model;
        this.actions = actions;
        this.table = HistoryTable.create(model);
        this.detail = new HistoryDetail(model, actions);
        split.getItems().setAll(table);
        BorderPane root = new BorderPane(split, filterBar(), null, bottomBar(), null);
        stage = new AppStage(TITLE, root, 1100, 700);
        stage.stage().widthProperty().addListener((o, was, width) -> arrange(width.doubleValue()));
        arrange(1100);
        stage.stage().getScene().getStylesheets().add(HistoryWindow.class.getResource("history.css").toExternalForm());
        placeholder();
        bindSelection();
        keys();
    }

    /** Shows the window (reading the store again when it is opened anew) with the search field focused. */
    public void show() {
        if (shownBefore && !stage.isShowing()) {
            model.refresh();
        }
        shownBefore = true;
        stage.show();
        search.requestFocus();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void hide() {
        stage.hide();
    }

    /** The updates beside the table in a wide window, under it in a narrow one, so the titles stay readable. */
    private void arrange(double width) {
        Orientation wanted = width >= WIDE ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (arranged != wanted) {
            keepDivider();
            arranged = wanted;
            split.setOrientation(wanted);
            placeDivider();
        }
    }

    /**
     * The updates take room only while an incident is selected: with none, the table has the whole window and
     * the titles all of what the other columns leave.
     */
    private void showDetail(boolean shown) {
        boolean showing = split.getItems().contains(detail.node());
        if (shown && !showing) {
            split.getItems().add(detail.node());
            placeDivider();
        } else if (!shown && showing) {
            keepDivider();
            split.getItems().remove(detail.node());
        }
    }

    private void keepDivider() {
        if (split.getDividers().isEmpty()) {
            return;
        }
        double at = split.getDividerPositions()[0];
        if (arranged == Orientation.HORIZONTAL) {
            besideAt = at;
        } else {
            underAt = at;
        }
    }

    private void placeDivider() {
        if (!split.getDividers().isEmpty()) {
            split.setDividerPositions(arranged == Orientation.HORIZONTAL ? besideAt : underAt);
        }
    }

    private HBox filterBar() {
        search.setPromptText("Search titles and updates");
        search.getStyleClass().add("history-search");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setPrefWidth(260);
        search.setMinWidth(140);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<HistoryModel.ServiceChoice> service = new ComboBox<>(model.serviceChoices());
        service.setValue(HistoryModel.ServiceChoice.ALL);
        service.setPrefWidth(140);
        service.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.serviceFilterProperty().set(now.id());
            }
        });
        // The combo box drops its value when the list of services is replaced (a reload): put it back.
        Runnable showFilter = () -> service.setValue(model.serviceChoices().stream()
                .filter(c -> Objects.equals(c.id(), model.serviceFilterProperty().get())).findFirst()
                .orElse(HistoryModel.ServiceChoice.ALL));
        model.serviceFilterProperty().addListener(x -> showFilter.run());
        model.serviceChoices().addListener((ListChangeListener<HistoryModel.ServiceChoice>) c -> showFilter.run());
        ComboBox<ImpactFilter> impact = new ComboBox<>();
        impact.setPrefWidth(130);
        impact.getItems().setAll(ImpactFilter.values());
        impact.valueProperty().bindBidirectional(model.impactFilterProperty());
        DatePicker from = datePicker("From", "From date");
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        DatePicker to = datePicker("To", "To date");
        to.valueProperty().bindBidirectional(model.toDateProperty());
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> model.clearFilters());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {service, impact, clear}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        service.setAccessibleText("Service");
        impact.setAccessibleText("Impact");
        HBox bar = new HBox(8, search, service, impact, from, to, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    /** A date field; the prompt is short so that the search field keeps its room in a narrow window. */
    private static DatePicker datePicker(String prompt, String accessible) {
        DatePicker picker = new DatePicker();
        picker.setPromptText(prompt);
        picker.setAccessibleText(accessible);
        picker.setPrefWidth(118); // fits 2026-12-31 and the calendar button
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            /** 2026-03-01; anything unreadable leaves the date as it was rather than failing. */
            @Override
            public @Nullable LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    private HBox bottomBar() {
        Label count = new Label();
        count.setId("history-count");
        count.textProperty().bind(model.countTextProperty());
        Label exported = new Label();
        exported.textProperty().bind(model.exportMessageProperty());
        exported.getStyleClass().add("small");
        model.exportFailedProperty().addListener((o, was, failed) -> exported.getStyleClass().setAll(
                "label", "small", failed ? "error-text" : "muted"));
        exported.getStyleClass().add("muted");
        Label hint = new Label(HistoryDetail.NOTHING_SELECTED);
        hint.getStyleClass().addAll("muted", "small");
        hint.visibleProperty().bind(model.selectedProperty().isNull().and(Bindings.isNotEmpty(model.rows())));
        hint.managedProperty().bind(hint.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button csv = exportButton("Export CSV…", "csv", "CSV files", model::exportCsv);
        Button json = exportButton("Export JSON…", "json", "JSON files", model::exportJson);
        HBox bar = new HBox(12, count, hint, exported, gap, csv, json);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Button exportButton(String text, String extension, String kind, Consumer<Path> export) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(model.loadingProperty().or(model.exportingProperty())
                .or(model.errorProperty().isNotNull()).or(Bindings.isEmpty(model.rows())));
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the incidents shown as " + extension.toUpperCase(java.util.Locale.ROOT));
            chooser.setInitialFileName(model.suggestedFileName(extension));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
            if (lastFolder != null && lastFolder.isDirectory()) {
                chooser.setInitialDirectory(lastFolder);
            }
            File file = chooser.showSaveDialog(stage.stage());
            if (file != null) {
                lastFolder = file.getParentFile();
                export.accept(file.toPath());
            }
        });
        return b;
    }

    private void placeholder() {
        Label empty = new Label();
        empty.setId("history-placeholder");
        empty.setWrapText(true);
        empty.textProperty().bind(model.placeholderProperty());
        empty.getStyleClass().add("history-placeholder");
        model.errorProperty().addListener((o, was, error) -> empty.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), error != null));
        empty.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), model.errorProperty().get() != null);
        table.setPlaceholder(empty);
    }

    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((o, was, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                }
            }
            detail.show(row);
            showDetail(row != null);
        });
        detail.show(model.selectedProperty().get());
        showDetail(model.selectedProperty().get() != null);
    }

    private void keys() {
        stage.stage().getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        stage.stage().getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refresh);
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void openSelected() {
        HistoryRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && SafeText.isWebAddress(row.incident().url())) {
            actions.openUrl(row.incident().url());
        }
    }
}
