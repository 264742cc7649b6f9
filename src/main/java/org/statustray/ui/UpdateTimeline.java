package org.statustray.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;

/**
 * An incident's updates in the order they happened (investigating → identified → monitoring → resolved):
 * the phase, when it was posted in the user's zone and how long after the start, and the body as safe
 * text with links ({@link SafeText}: nothing in a body is run or loaded).
 */
public final class UpdateTimeline {
    private UpdateTimeline() {
    }

    public static VBox of(Incident incident, When when, Instant now, Consumer<String> openUrl) {
        VBox box = new VBox(10);
        box.getStyleClass().add("update-timeline");
        for (IncidentUpdate u : incident.updates()) {
            box.getChildren().add(update(u, incident.started(), when, now, openUrl));
        }
        if (incident.updates().isEmpty()) {
            Label none = new Label("The page published no updates for this incident.");
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        return box;
    }

    private static VBox update(IncidentUpdate u, @Nullable Instant started, When when, Instant now,
            Consumer<String> openUrl) {
        Label phase = new Label(Words.phase(u.status()));
        phase.getStyleClass().add("section-title");
        Instant at = u.at() != null ? u.at() : u.postedAt();
        String time = at == null ? "" : when.time(at, now) + " " + when.zoneName(at);
        if (at != null && started != null && at.isAfter(started)) {
            time += " · " + When.duration(Duration.between(started, at)) + " after the start";
        }
        Label meta = new Label(time);
        meta.getStyleClass().addAll("muted", "small");
        TextFlow body = SafeText.flow(u.body(), openUrl);
        body.getStyleClass().add("update-body");
        VBox row = new VBox(2, phase, meta, body);
        row.getStyleClass().add("update");
        return row;
    }
}
