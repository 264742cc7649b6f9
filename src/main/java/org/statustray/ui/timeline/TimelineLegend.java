package org.statustray.ui.timeline;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;
import org.statustray.ui.StatusMark;

/**
 * What the bars' colours mean, and the shape each status has in the marks (the tray's, the incidents'): a
 * swatch as the bars draw it, the mark, the word. "No data" is its own entry, so a grey band is never read
 * as fine; the probe band's colours are told only when there is one.
 */
final class TimelineLegend extends FlowPane {
    /** The statuses a band can show, mildest first, then "could not tell". */
    static final List<Status> SHOWN = List.of(Status.OPERATIONAL, Status.MAINTENANCE, Status.DEGRADED,
            Status.PARTIAL_OUTAGE, Status.MAJOR_OUTAGE, Status.UNKNOWN);
    static final String NO_DATA = "No data";

    TimelineLegend(boolean probes) {
        super(14, 4);
        getStyleClass().add("timeline-legend");
        setAccessibleText("Legend");
        for (Status s : SHOWN) {
            String word = s == Status.UNKNOWN ? "Could not tell" : capitalised(s.words());
            getChildren().add(item(StatusMark.colour(s), StatusMark.of(s, 13), word));
        }
        getChildren().add(item(CanvasBar.noData(), null, NO_DATA));
        if (probes) {
            Label from = new Label(ProbeBar.NAME + ":");
            from.getStyleClass().addAll("muted", "small");
            getChildren().addAll(from, item(ProbeBar.colour(ProbeBand.State.ANSWERED), null, "all answered"),
                    item(ProbeBar.colour(ProbeBand.State.SOME_FAILED), null, "some failed"),
                    item(ProbeBar.colour(ProbeBand.State.ALL_FAILED), null, "all failed"),
                    item(ProbeBar.colour(ProbeBand.State.NO_DATA), null, "no probe"));
        }
    }

    private static HBox item(Color colour, @Nullable Node mark, String word) {
        Rectangle swatch = new Rectangle(14, 10, colour);
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        Label label = new Label(word);
        label.getStyleClass().add("small");
        HBox box = mark == null ? new HBox(5, swatch, label) : new HBox(5, swatch, mark, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-item");
        box.setAccessibleText(word);
        return box;
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
