package org.statustray.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.statustray.model.ServiceConfig;
import org.statustray.ui.UiActions;

/** The Services tab: the watched services on the left, the one chosen in detail on the right. */
final class ServicesTab {
    private final SettingsModel model;
    private final ListView<ServiceConfig> list = new ListView<>();
    private final ServiceDetail detail;
    private final Button up = new Button("_Up");
    private final Button down = new Button("Do_wn");
    private final Button remove = new Button("_Remove…");
    private final Button export = new Button("_Export…");
    private final Button importing = new Button("_Import…");
    private final BiPredicate<String, String> confirm;
    private final ShareDialogs dialogs;
    private boolean syncing;

    ServicesTab(SettingsModel model, UiActions actions, BiPredicate<String, String> confirm, ShareDialogs dialogs) {
        this.model = model;
        this.confirm = confirm;
        this.dialogs = dialogs;
        this.detail = new ServiceDetail(model, actions);
        list.setId("service-list");
        list.setCellFactory(v -> new ServiceCell());
        Label empty = new Label("No service is watched. Add one in the Add service tab.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                model.select(now.id());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeSelected();
            }
        });
        up.setAccessibleText("Move up");
        down.setAccessibleText("Move down");
        up.setOnAction(e -> moveSelected(-1));
        down.setOnAction(e -> moveSelected(1));
        remove.setOnAction(e -> removeSelected());
        remove.getStyleClass().add(Styles.DANGER);
        export.setId("export-services");
        importing.setId("import-services");
        export.setTooltip(new Tooltip("Save the services you added by address to a file others can import"));
        importing.setTooltip(new Tooltip("Watch the services of a file exported by StatusTray too"));
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.sharing().anyToExport(),
                model.configProperty()));
        export.setOnAction(e -> dialogs.exportTo(model.sharing().suggestedFile()).ifPresent(model.sharing()::export));
        importing.setOnAction(e -> importFile());
        model.services().addListener((ListChangeListener<ServiceConfig>) c -> sync());
        model.selectedProperty().addListener((o, was, now) -> sync());
        sync();
        if (model.selectedProperty().get() == null && !model.services().isEmpty()) {
            model.select(model.services().get(0).id());
        }
    }

    Node node() {
        Label title = Forms.labelFor("_Watched services", list);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox buttons = new HBox(6, up, down, remove);
        HBox sharing = new HBox(6, export, importing);
        VBox left = new VBox(6, title, list, buttons, sharing);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(260);
        ScrollPane right = new ScrollPane(detail.node());
        right.setFitToWidth(true);
        right.setId("service-detail");
        SplitPane split = new SplitPane(left, new StackPane(right));
        split.setDividerPositions(0.34);
        return split;
    }

    /** The list as the model has it, the model's choice selected; list events meanwhile are not choices. */
    private void sync() {
        syncing = true;
        try {
            ServiceConfig chosen = model.selectedProperty().get();
            if (!list.getItems().equals(model.services())) {
                list.getItems().setAll(model.services());
            }
            if (chosen == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(chosen);
                list.scrollTo(chosen);
            }
            int at = chosen == null ? -1 : model.services().indexOf(chosen);
            up.setDisable(at <= 0);
            down.setDisable(at < 0 || at >= model.services().size() - 1);
            remove.setDisable(at < 0);
            detail.show(chosen);
        } finally {
            syncing = false;
        }
    }

    /** Asks for a file, shows what importing it does, and imports it if the user goes ahead. */
    private void importFile() {
        ServiceSharing sharing = model.sharing();
        dialogs.importFrom(sharing.homeFolder()).flatMap(sharing::preview).ifPresent(plan -> {
            boolean anyNew = !plan.added().isEmpty();
            if (dialogs.confirmImport(ServiceSharing.summary(plan), anyNew) && anyNew) {
                sharing.importPreviewed();
                list.requestFocus();
            }
        });
    }

    private void moveSelected(int by) {
        ServiceConfig s = model.selectedProperty().get();
        if (s != null) {
            Button pressed = by < 0 ? up : down;
            model.move(s.id(), by);
            if (pressed.isDisabled()) {
                (by < 0 ? down : up).requestFocus();
            }
        }
    }

    private void removeSelected() {
        ServiceConfig s = model.selectedProperty().get();
        if (s != null && confirm.test("Stop watching " + s.displayName(null) + "? Its history is kept.", "Remove")) {
            model.remove(s.id());
            list.requestFocus();
        }
    }

    /** A service's name, and what is special about it (muted, watched until recovered, own interval). */
    private static final class ServiceCell extends ListCell<ServiceConfig> {
        @Override
        protected void updateItem(ServiceConfig s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(s.displayName(null));
            List<String> tags = new ArrayList<>();
            if (s.muted()) {
                tags.add("muted");
            }
            if (s.watchUntilRecovered()) {
                tags.add("until recovered");
            }
            if (!s.components().isEmpty()) {
                tags.add(s.components().size() + (s.components().size() == 1 ? " component" : " components"));
            }
            Label tag = new Label(String.join(" · ", tags));
            tag.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox row = new HBox(8, name, tag);
            row.setAlignment(Pos.BASELINE_LEFT);
            setText(null);
            setGraphic(row);
            setAccessibleText(s.displayName(null) + (tags.isEmpty() ? "" : ", " + String.join(", ", tags)));
        }
    }
}
