package org.statustray.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/** The mark on a muted service's row: a struck-through bell and "muted", with a tooltip that says what it means. */
final class MutedMark {
    static final String MEANING = "Notifications for this service are muted; unmute it in Settings";
    /** A bell, 12 px square. */
    private static final String BELL = "M6 1 C3.8 1 2.5 2.8 2.5 5 L2.5 8 L1 9.5 L11 9.5 L9.5 8 L9.5 5 C9.5 2.8 8.2 1 6 1 Z"
            + " M4.8 10.5 L7.2 10.5 C7.2 11.3 6.7 12 6 12 C5.3 12 4.8 11.3 4.8 10.5 Z";

    private MutedMark() {
    }

    static Node of() {
        SVGPath bell = new SVGPath();
        bell.setContent(BELL);
        bell.getStyleClass().add("muted-bell");
        Line gap = new Line(0.5, 11.5, 11.5, 0.5); // cuts the bell either side of the stroke, so that it reads as struck
        gap.getStyleClass().add("muted-gap");
        Line strike = new Line(0.5, 11.5, 11.5, 0.5);
        strike.getStyleClass().add("muted-strike");
        Label mark = new Label("muted", new Group(bell, gap, strike));
        mark.setId("muted-mark");
        mark.getStyleClass().addAll("muted-mark", "small");
        mark.setAlignment(Pos.BASELINE_LEFT);
        mark.setMinWidth(Label.USE_PREF_SIZE);
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText("notifications muted");
        Tooltip tip = new Tooltip(MEANING);
        tip.setShowDelay(Duration.millis(300));
        mark.setTooltip(tip);
        return mark;
    }
}
