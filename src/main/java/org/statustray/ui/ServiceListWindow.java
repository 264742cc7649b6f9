package org.statustray.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.statustray.model.TrayState;

/**
 * A plain list of the watched services and their status, titled "StatusTray". It stands in for the
 * overview window; closing it only hides it. Call on the FX thread.
 */
public final class ServiceListWindow {
    private final Stage stage = new Stage();
    private final ListView<String> list = new ListView<>();
    private final Label note = new Label();

    public ServiceListWindow() {
        BorderPane root = new BorderPane(list);
        note.setWrapText(true);
        note.setManaged(false);
        root.setTop(note);
        stage.setTitle("StatusTray");
        stage.setScene(new Scene(root, 480, 360));
    }

    /** A sentence at the top, e.g. why there is no tray icon; null removes it. */
    public void setNote(String text) {
        note.setText(text == null ? "" : text);
        note.setManaged(text != null);
        note.setVisible(text != null);
    }

    public void show(TrayState state) {
        update(state);
        stage.show();
        stage.toFront();
    }

    public void update(TrayState state) {
        List<String> rows = state.services().stream()
                .map(r -> r.name() + " — " + r.status().wireName().replace('_', ' ')
                        + (r.description() == null ? "" : ": " + r.description()))
                .toList();
        list.setItems(FXCollections.observableArrayList(rows));
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
