package org.statustray.ui.overview;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.statustray.ui.AppStage;
import org.statustray.ui.UiActions;

/**
 * The overview, titled "StatusTray": which watched services are fine and which are not. A toolbar (refresh,
 * incident history, settings), the summary as a banner, then one row per service; Up/Down move, Enter or a
 * double click opens the service's timeline, the menu key (or Shift+F10, or a right click) the row's pages.
 * With no service watched it says to add some in Settings. Closing only hides it. Call on the FX thread.
 */
public final class OverviewWindow {
    public static final String TITLE = "StatusTray";

    private final OverviewModel model;
    private final UiActions actions;
    private final ListView<OverviewRow> list = new ListView<>();
    private final Label note = new Label();
    private final HBox noteBar = new HBox(note);
    private final Button openSettings = new Button("Open Settings");
    private final AppStage stage;
    private final Timeline ticker;
    private boolean showingSelection;

    public OverviewWindow(OverviewModel model, UiActions actions) {
        this.model = model;
        this.actions = actions;
        BorderPane root = new BorderPane(new StackPane(serviceList(), emptyState()));
        root.setTop(new VBox(noteBar(), toolbar(), SnoozeBar.of(model.quiet(), actions), SummaryBanner.of(model)));
        stage = new AppStage(TITLE, root, 760, 560);
        stage.stage().getScene().getStylesheets().add(OverviewWindow.class.getResource("overview.css").toExternalForm());
        stage.stage().getScene().getStylesheets().add(OverviewWindow.class.getResource("quiet.css").toExternalForm());
        stage.stage().getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F5), actions::refreshNow);
        model.noServicesProperty().addListener((o, was, none) -> {
            if (stage.isShowing()) {
                (none ? openSettings : list).requestFocus(); // the focused control was just hidden
            }
        });
        ticker = new Timeline(new KeyFrame(Duration.seconds(5), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        stage.stage().showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                model.tick();
                ticker.play();
            } else {
                ticker.stop();
            }
        });
    }

    /** A sentence in a bar at the top, e.g. why there is no tray icon; null removes it. */
    public void setNote(@Nullable String sentence) {
        boolean shown = sentence != null && !sentence.isBlank();
        note.setText(shown ? sentence : "");
        noteBar.setVisible(shown);
        noteBar.setManaged(shown);
    }

    /** Shows the window (or brings it to the front) with the keyboard on the selected service. */
    public void show() {
        stage.show();
        showSelection();
        (model.noServicesProperty().get() ? openSettings : list).requestFocus();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage.stage();
    }

    /** Whether the relative times are being refreshed (only while the window shows). */
    boolean isTicking() {
        return ticker.getStatus() == Animation.Status.RUNNING;
    }

    private Node noteBar() {
        note.setWrapText(true);
        noteBar.getStyleClass().add("note-bar");
        setNote(null);
        return noteBar;
    }

    private Node toolbar() {
        HBox bar = new HBox(8, button("refresh-now", "_Refresh now", actions::refreshNow),
                button("open-history", "Incident _history", actions::openHistory),
                button("open-all", "_All services", actions::openAllServices),
                button("open-settings", "_Settings", actions::openSettings));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node serviceList() {
        list.setItems(model.rows());
        list.setCellFactory(v -> new OverviewCell(actions, id -> model.detectAgain(id, actions), model.quiet()::isMuted));
        model.quiet().mutedProperty().addListener((o, was, now) -> list.refresh());
        list.setPlaceholder(new Label("Waiting for the first check…"));
        list.getStyleClass().add("overview-list");
        list.setAccessibleText("Watched services");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (!showingSelection && row != null) {
                model.select(row.id());
            }
        });
        model.rows().addListener((ListChangeListener<OverviewRow>) c -> showSelection());
        model.selectedIdProperty().addListener((o, was, id) -> showSelection());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            OverviewRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                actions.openTimeline(row.id());
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                requestRowMenu();
                e.consume();
            }
        });
        list.setContextMenu(new ContextMenu());
        // Filled before the list asks to show it: an empty menu does not show at all.
        list.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> RowMenu.fill(list.getContextMenu(), list.getSelectionModel().getSelectedItem(), actions,
                        id -> model.detectAgain(id, actions)));
        list.visibleProperty().bind(model.noServicesProperty().not());
        showSelection();
        return list;
    }

    /** The menu key or Shift+F10: the selected row's menu, under the row. */
    private void requestRowMenu() {
        if (list.getContextMenu().isShowing()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        Node anchor = list.lookupAll(".overview-cell").stream()
                .filter(n -> n instanceof OverviewCell c && c.getIndex() == index).findFirst().orElse(list);
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        Bounds local = b == null ? null : list.screenToLocal(b);
        if (local == null) {
            return;
        }
        list.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getMinX() + 40,
                local.getMinY() + 24, b.getMinX() + 40, b.getMinY() + 24, true, null));
    }

    private Node emptyState() {
        Label title = new Label("You are not watching any services yet.");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Add the services you rely on (GitHub, Slack, OpenAI, AWS, …) in Settings, "
                + "and their status appears here.");
        for (Label l : List.of(title, hint)) {
            l.setWrapText(true);
            l.setTextAlignment(TextAlignment.CENTER);
        }
        hint.getStyleClass().add("muted");
        openSettings.setId("empty-open-settings");
        openSettings.getStyleClass().add(Styles.ACCENT);
        openSettings.setOnAction(e -> actions.openSettings());
        VBox box = new VBox(12, title, hint, openSettings);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(model.noServicesProperty());
        openSettings.defaultButtonProperty().bind(model.noServicesProperty());
        return box;
    }

    /** Puts the list's selection and keyboard focus on the model's selected service. */
    private void showSelection() {
        int i = model.selectedIndex();
        if (i < 0 || i >= list.getItems().size()) {
            return;
        }
        showingSelection = true;
        try {
            if (list.getSelectionModel().getSelectedIndex() != i) {
                list.getSelectionModel().clearAndSelect(i);
            }
            if (list.getFocusModel().getFocusedIndex() != i) {
                list.getFocusModel().focus(i);
            }
        } finally {
            showingSelection = false;
        }
    }
}
