package org.statustray.ui.overview;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.statustray.ui.UiActions;

/**
 * A service row's context menu: its timeline, its status page, and the page of each incident and maintenance
 * it shows, so the keyboard (the menu key) reaches every link the row has; "Detect again" when the row offers it.
 */
final class RowMenu {
    private RowMenu() {
    }

    static void fill(ContextMenu menu, OverviewRow row, UiActions actions, Consumer<String> detectAgain) {
        menu.getItems().clear();
        if (row == null) {
            return;
        }
        menu.getItems().add(item("Open timeline", () -> actions.openTimeline(row.id())));
        if (row.detectAgain()) {
            MenuItem detect = item(row.detectAgainText(), () -> detectAgain.accept(row.id()));
            detect.setDisable(row.detecting());
            menu.getItems().add(detect);
        }
        if (row.url() != null) {
            menu.getItems().add(item("Open status page", () -> actions.openUrl(row.url())));
        }
        int before = menu.getItems().size();
        row.incidents().stream().filter(i -> i.url() != null)
                .forEach(i -> menu.getItems().add(item("Open incident: " + i.title(), () -> actions.openUrl(i.url()))));
        row.maintenances().stream().filter(m -> m.url() != null)
                .forEach(m -> menu.getItems().add(item("Open notice: " + m.title(), () -> actions.openUrl(m.url()))));
        if (menu.getItems().size() > before) {
            menu.getItems().add(before, new SeparatorMenuItem());
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
