package org.statustray.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.statustray.ui.AppStage;
import org.statustray.ui.StatusMark;
import org.statustray.ui.UiActions;

/**
 * The welcome of the first start, "Welcome — StatusTray": what the app does, the icon's six statuses, the
 * services watched and where to change them, and the offer to start at login. Closing it (Close, Escape,
 * Ctrl+W) only hides it; the app goes on in the tray. Call on the FX thread.
 */
public final class WelcomeWindow {
    public static final String TITLE = "Welcome — StatusTray";
    private final WelcomeModel model;
    private final UiActions actions;
    private final AppStage stage;

    public WelcomeWindow(WelcomeModel model, UiActions actions) {
        this.model = model;
        this.actions = actions;
        Label title = new Label("Welcome to StatusTray");
        title.getStyleClass().add(Styles.TITLE_2);
        VBox body = new VBox(10, title, text(model.intro()), heading("What the icon means"), text(model.legendIntro()),
                legend(), heading("Services"), text(model.watchedSentence()), settingsRow(),
                heading("Start at login"), loginChoice());
        body.setPadding(new Insets(20, 24, 12, 24));
        BorderPane root = new BorderPane(body);
        root.setBottom(closeRow());
        stage = new AppStage(TITLE, root, 560, 680);
    }

    public void show() {
        stage.show();
    }

    public void hide() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage.stage();
    }

    private Node legend() {
        GridPane grid = new GridPane();
        grid.setId("legend");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 0, 0, 8));
        int row = 0;
        for (WelcomeModel.LegendEntry e : model.legend()) {
            Label word = new Label(e.word());
            word.getStyleClass().add(Styles.TEXT_BOLD);
            Label meaning = new Label(e.meaning());
            meaning.getStyleClass().add(Styles.TEXT_MUTED);
            grid.addRow(row++, StatusMark.of(e.status(), 20), word, meaning);
        }
        return grid;
    }

    private Node settingsRow() {
        Button open = new Button("Open _Settings");
        open.setId("open-settings");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> actions.openSettings());
        Label where = text(model.whereToAdd());
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox row = new HBox(12, where, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The start-at-login checkbox, or why there is none. */
    private Node loginChoice() {
        if (!model.canStartAtLogin()) {
            Label why = text(model.whyNotAtLogin());
            why.setId("start-at-login-unavailable");
            why.getStyleClass().add(Styles.TEXT_MUTED);
            return why;
        }
        CheckBox login = new CheckBox("Start StatusTray when I _log in");
        login.setId("start-at-login");
        login.setSelected(model.startAtLoginProperty().get());
        login.setOnAction(e -> {
            model.setStartAtLogin(login.isSelected());
            login.setSelected(model.startAtLoginProperty().get()); // a failed change leaves it as it is
        });
        Label later = text("You can change this later in Settings, under General.");
        later.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label error = new Label();
        error.setId("welcome-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, "error-text");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(6, login, later, error);
    }

    private Node closeRow() {
        Button close = new Button("Close");
        close.setId("close-welcome");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox row = new HBox(close);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(8, 24, 16, 24));
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label text(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole; squeezed, a label drops to one cut line
        return l;
    }
}
