package org.statustray.ui.history;

import atlantafx.base.theme.Styles;
import java.time.Instant;
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
 * it (when it did) and links, then its updates in order.
 */
final class HistoryDetail {
    static final String NOTHING_SELECTED = "Select an incident to see its updates.";

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
        content.getChildren().addAll(links, new Separator(),
                UpdateTimeline.of(i, model.when(), model.now(), actions::openUrl));
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
