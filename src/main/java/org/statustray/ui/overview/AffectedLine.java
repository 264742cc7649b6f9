package org.statustray.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.statustray.model.Component;
import org.statustray.ui.StatusText;

/** The row's line of affected components: "Affected: API (major outage), Packages (partial outage) and 12 more", each status in its mark's colour. */
final class AffectedLine {
    private AffectedLine() {
    }

    static Node of(AffectedComponents affected) {
        FlowPane line = new FlowPane(4, 0);
        line.getStyleClass().addAll("affected-components", "small");
        line.getChildren().add(label("Affected:", "muted"));
        for (int i = 0; i < affected.named().size(); i++) {
            Component c = affected.named().get(i);
            boolean last = i == affected.named().size() - 1;
            line.getChildren().addAll(label(c.name().strip(), "affected-name"),
                    StatusText.word("(" + c.status().words() + ")" + (last ? "" : ","), c.status()));
        }
        if (affected.more() > 0) {
            line.getChildren().add(label(affected.moreText(), "muted", "affected-more"));
        }
        line.setAccessibleText(affected.text());
        line.setMinWidth(0);
        return line;
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
