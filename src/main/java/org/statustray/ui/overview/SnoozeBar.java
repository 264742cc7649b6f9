package org.statustray.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.statustray.model.MenuWords;
import org.statustray.ui.UiActions;

/**
 * "Notifications snoozed until 19:30 CET · Resume" above the summary, while snoozed; gone as soon as the
 * snooze ends (resumed here or in the tray menu, or run out).
 */
final class SnoozeBar {
    private SnoozeBar() {
    }

    static Node of(OverviewQuiet quiet, UiActions actions) {
        Label line = new Label();
        line.setId("snooze-line");
        line.setWrapText(true);
        line.setMinWidth(0);
        Hyperlink resume = new Hyperlink("Resume");
        resume.setId("resume-notifications");
        resume.setAccessibleText(MenuWords.RESUME);
        resume.setOnAction(e -> actions.resumeNotifications());
        HBox bar = new HBox(4, line, new Label("·"), resume);
        bar.setId("snooze-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("snooze-bar");
        Runnable show = () -> {
            line.setText(quiet.snoozeLine());
            bar.setVisible(!quiet.snoozeLine().isEmpty());
            bar.setManaged(bar.isVisible());
            bar.setAccessibleText(quiet.snoozeLine());
        };
        show.run();
        quiet.snoozeProperty().addListener((o, was, now) -> show.run());
        return bar;
    }
}
