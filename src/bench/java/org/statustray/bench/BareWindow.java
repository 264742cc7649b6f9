package org.statustray.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the process benchmarks: the smallest JavaFX app, one Stage with a label, launched with the
 * same JVM flags and jar as StatusTray. Prints "shown" once the window is on screen.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 320, 200));
            stage.setOnShown(e -> {
                System.out.println("shown");
                System.out.flush();
            });
            stage.show();
        });
    }
}
