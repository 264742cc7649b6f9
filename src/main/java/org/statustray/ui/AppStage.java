package org.statustray.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A window of the app: its title, the theme and the app's stylesheet, the app icon, Ctrl+W to close.
 * Closing a window only hides it (the toolkit's implicit exit is off): the app goes on in the tray, and
 * showing the window again brings back the same one. Call on the FX thread.
 */
public final class AppStage {
    private static @Nullable List<Image> icons;
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
        stage.getIcons().setAll(icons());
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

    /** The app icon at the sizes a window manager asks for, made from {@code icons/statustray.svg}. */
    private static List<Image> icons() {
        if (icons == null) {
            icons = Stream.of(16, 32, 48, 256)
                    .map(size -> image("icons/statustray-" + size + ".png"))
                    .toList();
        }
        return icons;
    }

    /** From the bytes of a resource of ours: no image is ever loaded by address (see SecurityRulesTest). */
    private static Image image(String resource) {
        try (java.io.InputStream in = AppStage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Image(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
