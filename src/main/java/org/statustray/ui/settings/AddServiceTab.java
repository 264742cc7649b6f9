package org.statustray.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.statustray.ui.StatusMark;
import org.statustray.ui.Words;

/** The Add service tab: search the catalogue and add from it, or detect a page by its address and add that. */
final class AddServiceTab {
    private final SettingsModel model;
    private final TextField search = new TextField();
    private final ListView<CatalogResult> results = new ListView<>();
    private final Button addFromCatalog = new Button("_Add");
    private final TextField address = new TextField();
    private final Button detect = new Button("_Detect");
    private final VBox preview = new VBox(8);
    private final ComponentPicker picker;
    private final Label duplicate = new Label();

    AddServiceTab(SettingsModel model) {
        this.model = model;
        search.setId("catalog-search");
        search.setPromptText("Name, category or host, e.g. github or cloud");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnAction(e -> addSelected());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        results.setId("catalog-results");
        results.setItems(model.results());
        results.setCellFactory(v -> new ResultCell());
        results.setPlaceholder(Forms.hint("Nothing in the catalogue matches. Add the page by its address instead."));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelected();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addSelected();
            }
        });
        addFromCatalog.setId("catalog-add");
        addFromCatalog.getStyleClass().add(Styles.ACCENT);
        addFromCatalog.disableProperty().bind(Bindings.createBooleanBinding(
                () -> results.getSelectionModel().getSelectedItem() == null || results.getSelectionModel().getSelectedItem().watched(),
                results.getSelectionModel().selectedItemProperty()));
        addFromCatalog.setOnAction(e -> addSelected());

        address.setId("url-field");
        address.setPromptText("https://status.example.com");
        detect.setId("url-detect");
        detect.setOnAction(e -> model.detect(address.getText()));
        duplicate.setId("url-duplicate");
        duplicate.setWrapText(true);
        duplicate.getStyleClass().add(Styles.WARNING);
        duplicate.textProperty().bind(Bindings.createStringBinding(() -> model.alreadyWatched(address.getText()),
                address.textProperty(), model.configProperty()));
        duplicate.visibleProperty().bind(Bindings.isNotEmpty(duplicate.textProperty()));
        duplicate.managedProperty().bind(duplicate.visibleProperty());
        detect.disableProperty().bind(model.detectingProperty().or(duplicate.visibleProperty()));
        address.setOnAction(e -> {
            if (!detect.isDisabled()) {
                model.detect(address.getText());
            }
        });
        picker = new ComponentPicker("url", (c, on) -> {
            picker().rules().tick(c.id(), on);
            picker().refresh();
        }, (group, on) -> {
            picker().rules().tickGroup(group, on);
            picker().refresh();
        });
        preview.setId("url-preview");
        model.previewProperty().addListener((o, was, now) -> showPreview(now));
        showPreview(model.previewProperty().get());
    }

    Node node() {
        Label searchLabel = Forms.labelFor("_Search the catalogue", search);
        VBox catalogue = new VBox(8, Forms.heading("From the catalogue"), searchLabel, search, results,
                new HBox(8, addFromCatalog, Forms.hint("Enter or double-click adds the chosen service.")));
        VBox.setVgrow(results, Priority.ALWAYS);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.detectingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label checking = Forms.hint("Looking for a status page…");
        checking.visibleProperty().bind(model.detectingProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        Label problem = new Label();
        problem.setId("url-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, "error-text");
        problem.textProperty().bind(model.detectProblemProperty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        HBox.setHgrow(address, Priority.ALWAYS);
        preview.visibleProperty().bind(model.previewProperty().isNotNull());
        VBox byAddress = new VBox(8, Forms.heading("By its address"), Forms.labelFor("Status page a_ddress", address),
                new HBox(8, address, detect), kept(Forms.hint("Any Statuspage, incident.io, Instatus, Cachet or status.io page,"
                        + " a feed, or a provider's own status page.")),
                kept(duplicate), new HBox(8, busy, checking), kept(problem), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);

        HBox both = new HBox(24, catalogue, byAddress);
        HBox.setHgrow(catalogue, Priority.ALWAYS);
        HBox.setHgrow(byAddress, Priority.ALWAYS);
        catalogue.setPrefWidth(400);
        byAddress.setPrefWidth(440);
        both.setPadding(new Insets(12, 16, 16, 16));
        return both;
    }

    private void addSelected() {
        CatalogResult chosen = results.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            if (!results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
                results.requestFocus();
            }
            return;
        }
        model.addFromCatalog(chosen.entry());
    }

    /** {@code label} never squeezed below its wrapped text by the preview that takes the rest of the room. */
    private static Label kept(Label label) {
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private ComponentPicker picker() {
        return picker;
    }

    /** The page found: its name, status and address, its components to choose from, and the Add button below them. */
    private void showPreview(DetectedPage page) {
        if (page == null) {
            preview.getChildren().clear();
            picker.show(List.of(), Set.of());
            return;
        }
        Label name = new Label(page.name());
        name.getStyleClass().add(Styles.TITLE_3);
        Label status = new Label(Words.status(page.status()) + (page.description() == null ? "" : " — " + page.description()),
                StatusMark.of(page.status(), 16));
        status.setWrapText(true);
        Label where = Forms.hint(page.address() + " · format " + page.format());
        picker.show(page.components(), Set.of());
        Button add = new Button("Add " + page.name());
        add.setMnemonicParsing(false);
        add.setId("url-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinHeight(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addDetected());
        Node components = picker.node();
        VBox.setVgrow(components, Priority.ALWAYS);
        preview.getChildren().setAll(new VBox(2, name, where), status,
                Forms.heading("Components to watch"),
                Forms.hint(page.components().isEmpty() ? "This page lists no components; its overall status is watched."
                        : "None ticked: the page's overall status is watched."),
                components, add);
    }

    private void addDetected() {
        if (model.addDetected(picker.rules().tickedComponents())) {
            address.clear();
        }
    }

    /** A catalogue entry: its name, its category and host, and whether it is already watched. */
    private static final class ResultCell extends ListCell<CatalogResult> {
        @Override
        protected void updateItem(CatalogResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(r.entry().name());
            Label more = new Label(r.entry().category() + (r.watched() ? " · watched" : ""));
            more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            setText(null);
            HBox row = new HBox(8, name, more);
            row.setAlignment(Pos.BASELINE_LEFT);
            setGraphic(row);
            setAccessibleText(r.entry().name() + ", " + r.entry().category() + (r.watched() ? ", already watched" : ""));
        }
    }
}
