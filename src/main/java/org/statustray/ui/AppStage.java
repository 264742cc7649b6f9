package org.statustray.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.statustray.model.Status;

/**
 * A window of the app: its title, the theme and the app's stylesheet, the app icon, Ctrl+W to close.
 * Closing a window only hides it (the toolkit's implicit exit is off): the app goes on in the tray, and
 * showing the window again brings back the same one. Call on the FX thread.
 */
public final class AppStage {
    private static Image icon;
    private final Stage stage = new Stage();

    public AppStage(String title, Parent root, double width, double height) {
        Theme.apply();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(AppStage.class.getResource("statustray.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setMinWidth(Math.min(width, 420));
        stage.setMinHeight(Math.min(height, 300));
        stage.getIcons().add(icon());
    }

    /** Shows the window, or brings it to the front (restored if minimised) when it is already open. */
    public void show() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    public void hide() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void setTitle(String title) {
        stage.setTitle(title);
    }

    public Stage stage() {
        return stage;
    }

    /** The app icon: the operational mark, drawn once. */
    private static Image icon() {
        if (icon == null) {
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            icon = StatusMark.of(Status.OPERATIONAL, 64).snapshot(clear, null);
        }
        return icon;
    }
}
