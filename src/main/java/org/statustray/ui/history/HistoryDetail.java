package org.statustray.ui.history;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.ui.SafeText;
import org.statustray.ui.UiActions;
import org.statustray.ui.UpdateTimeline;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/**
 * The selected incident: its title, service, impact, times, how far ahead of the status page StatusTray saw
 * it (when it did) and links, the incidents of other services open at the same time, then its updates in order.
 */
final class HistoryDetail {
    static final String NOTHING_SELECTED = "Select an incident to see its updates.";
    static final String SAME_TIME = "At the same time";

    private final HistoryModel model;
    private final UiActions actions;
    private final VBox content = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(content);

    HistoryDetail(HistoryModel model, UiActions actions) {
        this.model = model;
        this.actions = actions;
        content.getStyleClass().add("history-detail");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(240);
        show(null);
    }

    ScrollPane node() {
        return scroll;
    }

    void show(@Nullable HistoryRow row) {
        content.getChildren().clear();
        scroll.setVvalue(0);
        if (row == null) {
            Label none = new Label(NOTHING_SELECTED);
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            content.setAlignment(Pos.CENTER);
            content.getChildren().add(none);
            return;
        }
        content.setAlignment(Pos.TOP_LEFT);
        Incident i = row.incident();
        Label title = wrapped(i.title() == null ? "Untitled incident" : i.title());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("history-detail-title");
        String impact = i.impact() == null ? "no impact given" : Words.impact(i.impact()) + " impact";
        Label meta = wrapped(row.serviceName() + " · " + impact + " · " + row.statusText());
        Label times = wrapped(times(row));
        meta.getStyleClass().add("muted");
        times.getStyleClass().addAll("muted", "small");
        content.getChildren().addAll(title, meta, times);
        if (row.lead() != null) {
            Label lead = wrapped(Words.lead(row.lead()));
            lead.setId("history-detail-lead");
            content.getChildren().add(lead);
        }
        HBox links = new HBox(12);
        if (SafeText.isWebAddress(i.url())) {
            Hyperlink page = new Hyperlink("Open the incident page");
            page.setOnAction(e -> actions.openUrl(i.url()));
            links.getChildren().add(page);
        }
        Hyperlink timeline = new Hyperlink("Service timeline");
        timeline.setOnAction(e -> actions.openTimeline(row.serviceId()));
        links.getChildren().add(timeline);
        content.getChildren().add(links);
        List<HistoryRow> others = model.atTheSameTime(row);
        if (!others.isEmpty()) {
            content.getChildren().addAll(new Separator(), sameTime(others));
        }
        content.getChildren().addAll(new Separator(),
                UpdateTimeline.of(i, model.when(), model.now(), actions::openUrl));
    }

    /**
     * "At the same time": the incidents of other services open while this one was, each a link that selects
     * it (showing every incident again when the filters hide it).
     */
    private VBox sameTime(List<HistoryRow> others) {
        Label heading = new Label(SAME_TIME);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(2, heading);
        box.setId("history-same-time");
        for (HistoryRow other : others) {
            Hyperlink link = new Hyperlink(other.serviceName() + ": " + other.incident().title());
            link.setWrapText(true);
            link.getStyleClass().add("history-same-time-link");
            link.setOnAction(e -> {
                if (!model.rows().contains(other)) {
                    model.clearFilters();
                }
                model.selectedProperty().set(other);
            });
            String started = other.startedText(model.when(), model.now());
            String length = other.durationText();
            Label when = wrapped(started + (started.isEmpty() || length.isEmpty() ? "" : " · ") + length);
            when.getStyleClass().addAll("muted", "small");
            when.setPadding(new javafx.geometry.Insets(0, 0, 4, 4));
            box.getChildren().addAll(link, when);
        }
        return box;
    }

    private String times(HistoryRow row) {
        When when = model.when();
        Instant now = model.now();
        Incident i = row.incident();
        StringBuilder sb = new StringBuilder();
        if (i.started() != null) {
            sb.append("Started ").append(unbroken(when.time(i.started(), now) + ' ' + when.zoneName(i.started())));
        }
        if (i.resolved() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append("resolved ").append(unbroken(when.time(i.resolved(), now)));
            String zone = when.zoneName(i.resolved());
            if (i.started() == null || !zone.equals(when.zoneName(i.started()))) {
                sb.append('\u00A0').append(zone); // a clock change between start and end, or no start to name the zone
            }
        }
        String length = row.durationText();
        if (!length.isEmpty()) {
            sb.append(sb.length() > 0 ? " · " : "").append(unbroken(length));
        }
        return sb.toString();
    }

    /** A time or a length kept on one line when the line wraps ("5 h" / "40 min" reads as two things). */
    private static String unbroken(String s) {
        return s.replace(' ', '\u00A0');
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
