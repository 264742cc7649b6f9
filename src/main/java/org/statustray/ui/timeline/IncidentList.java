package org.statustray.ui.timeline;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.Status;
import org.statustray.ui.SafeText;
import org.statustray.ui.StatusMark;
import org.statustray.ui.UiActions;
import org.statustray.ui.UpdateTimeline;

/**
 * The period's incidents as collapsible panes, newest first, the newest open. An incident's updates are
 * built when it is first opened, and long lists come a page at a time; what the user opened stays open
 * when the list is refreshed after a poll.
 */
final class IncidentList extends VBox {
    static final int PAGE = 20;
    private final TimelineModel model;
    private final UiActions actions;
    private final Map<String, Boolean> expanded = new HashMap<>();
    private int shown = PAGE;
    private TimelineModel.@Nullable Period shownFor;

    IncidentList(TimelineModel model, UiActions actions) {
        super(6);
        this.model = model;
        this.actions = actions;
        getStyleClass().add("incident-list");
    }

    void refresh() {
        if (model.getPeriod() != shownFor) { // another period starts again with one page
            shownFor = model.getPeriod();
            shown = PAGE;
        }
        List<TimelineIncident> all = model.incidents();
        getChildren().clear();
        if (all.isEmpty()) {
            Label none = new Label();
            none.textProperty().bind(model.noIncidentsTextProperty());
            none.getStyleClass().add("muted");
            none.setWrapText(true); // "No data for the last 7 days: …" is a sentence; it is not cut
            getChildren().add(none);
            return;
        }
        for (int k = 0; k < Math.min(shown, all.size()); k++) {
            getChildren().add(pane(all.get(k), k == 0));
        }
        if (all.size() > shown) {
            int more = Math.min(PAGE, all.size() - shown);
            int older = all.size() - shown;
            Button next = new Button(more == older ? "Show the " + older + " older incidents"
                    : "Show " + more + " more of " + older + " older incidents");
            next.getStyleClass().add(Styles.FLAT);
            next.setOnAction(e -> {
                shown += PAGE;
                refresh();
            });
            getChildren().add(next);
        }
    }

    private TitledPane pane(TimelineIncident row, boolean newest) {
        Incident i = row.incident();
        Label title = new Label(row.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(String.join(" · ", List.of(row.impact(), row.phase(), row.started(), row.duration())
                .stream().filter(s -> !s.isEmpty()).toList()));
        meta.getStyleClass().addAll("muted", "small");
        VBox words = new VBox(1, title, meta);
        if (!row.lead().isEmpty()) {
            Label lead = new Label(row.lead());
            lead.getStyleClass().addAll("small", "incident-lead");
            words.getChildren().add(lead);
        }
        Status mark = headingMark(i, row.open());
        Region blank = new Region();
        blank.setMinSize(16, 16);
        HBox heading = new HBox(8, mark == null ? blank : StatusMark.of(mark, 16), words);
        TitledPane pane = new TitledPane();
        pane.setGraphic(heading);
        pane.setAccessibleText(row.heading());
        pane.getStyleClass().add("incident");
        String key = i.id() == null ? row.heading() : i.id();
        boolean open = expanded.computeIfAbsent(key, k -> newest); // the newest opens, and stays open once older
        if (open) {
            pane.setContent(body(i));
        }
        pane.setExpanded(open);
        pane.expandedProperty().addListener((obs, was, is) -> {
            expanded.put(key, is);
            if (is && pane.getContent() == null) {
                pane.setContent(body(i));
            }
        });
        return pane;
    }

    private Node body(Incident i) {
        VBox box = new VBox(8, UpdateTimeline.of(i, model.when(), model.now(), actions::openUrl));
        if (SafeText.isWebAddress(i.url())) {
            Hyperlink page = new Hyperlink("Open the incident's page");
            page.setOnAction(e -> actions.openUrl(i.url()));
            box.getChildren().add(page);
        }
        return box;
    }

    /**
     * The mark before an incident's title: the tick once it is closed, the status its impact implies while
     * open (degraded when the page gave none), and no mark for one still open of impact "none": an open
     * incident never wears the operational tick (the history table's rule too).
     */
    static @Nullable Status headingMark(Incident incident, boolean open) {
        if (!open) {
            return Status.OPERATIONAL;
        }
        Status implied = incident.impact() == null ? Status.DEGRADED : incident.impact().impliedStatus();
        return implied == Status.OPERATIONAL ? null : implied;
    }
}
