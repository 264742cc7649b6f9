package org.statustray.ui.overview;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.statustray.ui.StatusMark;

/**
 * The overview's summary as a banner, like a status page's own: the mark, a headline, the rest in smaller
 * words. Hidden when no service is watched (the empty state says it better).
 */
final class SummaryBanner {
    private SummaryBanner() {
    }

    static Node of(OverviewModel model) {
        StackPane mark = new StackPane();
        mark.setMinSize(28, 28);
        Label headline = new Label();
        headline.getStyleClass().add("summary");
        Label details = new Label();
        details.getStyleClass().addAll("muted", "summary-details");
        for (Label l : List.of(headline, details)) {
            l.setWrapText(true);
            l.setMinWidth(0);
        }
        VBox words = new VBox(2, headline, details);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox banner = new HBox(12, mark, words);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("summary-banner");
        Consumer<OverviewSummary> show = s -> {
            mark.getChildren().setAll(s.status() == null ? List.of() : List.of(StatusMark.of(s.status(), 28)));
            headline.setText(s.headline());
            details.setText(s.details());
            details.setVisible(!s.details().isEmpty());
            details.setManaged(!s.details().isEmpty());
            banner.setAccessibleText(s.text());
        };
        show.accept(model.summary());
        model.summaryProperty().addListener((o, was, s) -> show.accept(s));
        banner.visibleProperty().bind(model.noServicesProperty().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
