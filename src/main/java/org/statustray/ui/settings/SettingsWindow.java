package org.statustray.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.statustray.ui.AppStage;
import org.statustray.ui.UiActions;

/**
 * The settings window, "Settings — StatusTray": the watched services (components, interval, mute, watch
 * until recovered, remove, order), adding a service from the catalogue or by its address, notifications
 * (maintenance, quiet hours) and general settings (poll interval, start at login). Every change is saved
 * at once by the model; what went wrong or what a change did is said at the bottom. Call on the FX thread.
 */
public final class SettingsWindow {
    static final String TITLE = "Settings — StatusTray";
    private final AppStage stage;
    private final TabPane tabs = new TabPane();

    public SettingsWindow(SettingsModel model, UiActions actions) {
        this(model, actions, null);
    }

    /** With {@code dialogs} for export and import; null: the system's own file dialogs. */
    SettingsWindow(SettingsModel model, UiActions actions, @Nullable ShareDialogs dialogs) {
        ShareDialogs share = dialogs != null ? dialogs : new NativeShareDialogs(this::stage);
        Tab services = tab("Services", new ServicesTab(model, actions, this::confirm, share).node());
        Tab add = tab("Add service", new AddServiceTab(model).node());
        Tab notifications = tab("Notifications", GeneralTabs.notifications(model));
        Tab general = tab("General", GeneralTabs.general(model));
        tabs.getTabs().addAll(services, add, notifications, general);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settings-tabs");

        BorderPane root = new BorderPane(tabs);
        root.setBottom(messages(model));
        stage = new AppStage(TITLE, root, 900, 640);
    }

    public void show() {
        stage.show();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage.stage();
    }

    /** Asks before something that cannot be undone; true when the user agreed. */
    private boolean confirm(String question, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
        alert.initOwner(stage.stage());
        alert.setTitle(TITLE);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    /** The error and the information of the last change, one line each, shown only when there is one. */
    private static VBox messages(SettingsModel model) {
        Label error = new Label();
        error.setId("settings-error");
        error.getStyleClass().addAll(Styles.DANGER, "error-text");
        error.textProperty().bind(model.errorProperty());
        Label info = new Label();
        info.setId("settings-info");
        info.getStyleClass().add(Styles.TEXT_MUTED);
        info.textProperty().bind(model.infoProperty());
        for (Label l : new Label[] {error, info}) {
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
            l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        }
        VBox bar = new VBox(4, error, info);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0;");
        bar.managedProperty().bind(error.visibleProperty().or(info.visibleProperty()));
        bar.visibleProperty().bind(bar.managedProperty());
        return bar;
    }
}
