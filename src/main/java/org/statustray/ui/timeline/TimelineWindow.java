package org.statustray.ui.timeline;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Status;
import org.statustray.ui.AppStage;
import org.statustray.ui.SafeText;
import org.statustray.ui.StatusMark;
import org.statustray.ui.UiActions;
import org.statustray.ui.UpdateTimeline;

/**
 * The timeline window of one service, titled "GitHub — StatusTray": its status and a link to its page, a
 * period switch (24 h / 7 d / 90 d), a band per component with its uptime over a time axis (and, for a
 * probed service, a band of its probes from this machine under the whole service's), a legend of their
 * colours and shapes, and the period's incidents and maintenances below. Call on the FX thread.
 */
public final class TimelineWindow {
    private final TimelineModel model;
    private final UiActions actions;
    private final AppStage stage;
    private final StackPane mark = new StackPane();
    private final ToggleGroup periods = new ToggleGroup();
    private final Label problem = new Label();
    private final GridPane bands = new GridPane();
    private final IncidentList incidents;
    private final VBox maintenances = new VBox(6);
    private final StackPane legend = new StackPane();
    private final VBox data;

    public TimelineWindow(TimelineModel model, UiActions actions) {
        this.model = model;
        this.actions = actions;
        this.incidents = new IncidentList(model, actions);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        bands.getStyleClass().add("timeline-bands");
        bands.setHgap(12);
        bands.setVgap(8);
        // Names wrap rather than being cut; the uptime column holds "99.2 % of 2 d 23 h known".
        bands.getColumnConstraints().addAll(new ColumnConstraints(140, 220, 300),
                grow(), new ColumnConstraints(90, 150, 170));
        data = new VBox(14, bands, legend, section("Incidents"), incidents, maintenances);
        VBox content = new VBox(14, problem, data);
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        BorderPane root = new BorderPane(scroll);
        root.setTop(header());
        stage = new AppStage(model.title(), root, 900, 640);
        stage.stage().getScene().getStylesheets().add(TimelineWindow.class.getResource("timeline.css").toExternalForm());

        model.statusProperty().addListener((obs, was, is) -> showMark(is));
        model.problemProperty().addListener((obs, was, is) -> showProblem(is));
        model.bands().addListener((ListChangeListener<TimelineBand>) c -> showBands());
        model.probesProperty().addListener((obs, was, is) -> showBands());
        model.incidents().addListener((ListChangeListener<TimelineIncident>) c -> incidents.refresh());
        model.maintenances().addListener((ListChangeListener<TimelineModel.MaintenanceRow>) c -> showMaintenances());
        model.periodProperty().addListener((obs, was, is) -> selectPeriod(is));
        showMark(model.statusProperty().get());
        showProblem(model.problemProperty().get());
        showBands();
        incidents.refresh();
        showMaintenances();
    }

    /** Re-reads the history and shows the window, or brings it to the front. */
    public void show() {
        boolean opening = !stage.isShowing();
        model.reload();
        stage.show();
        if (opening) { // a window brought to the front keeps its focus
            periods.getToggles().stream().filter(t -> t.isSelected()).findFirst()
                    .ifPresent(t -> ((ToggleButton) t).requestFocus());
        }
    }

    public void hide() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private VBox header() {
        Label name = new Label(model.name());
        name.getStyleClass().add(Styles.TITLE_3);
        Hyperlink page = new Hyperlink("Open status page");
        String url = model.service().url();
        page.setDisable(!SafeText.isWebAddress(url));
        page.setOnAction(e -> actions.openUrl(url));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, mark, name, spacer, page);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox switcher = new HBox();
        TimelineModel.Period[] all = TimelineModel.Period.values();
        for (int k = 0; k < all.length; k++) {
            ToggleButton b = new ToggleButton(all[k].shortLabel());
            b.setUserData(all[k]);
            b.setToggleGroup(periods);
            b.setAccessibleText("Show the last " + all[k].words());
            b.getStyleClass().add(k == 0 ? Styles.LEFT_PILL : k == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            switcher.getChildren().add(b);
        }
        selectPeriod(model.getPeriod());
        periods.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                periods.selectToggle(was); // one period is always chosen
            } else {
                model.setPeriod((TimelineModel.Period) is.getUserData());
            }
        });
        Label range = new Label();
        range.textProperty().bind(model.rangeProperty());
        range.getStyleClass().add("muted");
        HBox second = new HBox(12, switcher, range);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, top, second);
        header.getStyleClass().add("timeline-header");
        return header;
    }

    private void selectPeriod(TimelineModel.Period p) {
        periods.getToggles().stream().filter(t -> t.getUserData() == p).findFirst().ifPresent(periods::selectToggle);
    }

    private void showMark(Status status) {
        Node m = StatusMark.of(status == null ? Status.UNKNOWN : status, 22);
        mark.getChildren().setAll(m);
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setManaged(text != null);
        problem.setVisible(text != null);
        data.setManaged(text == null);
        data.setVisible(text == null);
    }

    /** The whole service's band, the probe band under it when the service is probed, then the components'. */
    private void showBands() {
        // A reload (each poll) makes new bars: the focused one hands its focus and chosen stretch on.
        Node owner = stage.stage().getScene() == null ? null : stage.stage().getScene().getFocusOwner();
        int focusedRow = owner instanceof CanvasBar && bands.getChildren().contains(owner)
                ? GridPane.getRowIndex(owner) : -1;
        int cursor = owner instanceof CanvasBar bar ? bar.cursor() : -1;
        bands.getChildren().clear();
        List<TimelineBand> all = model.bands();
        ProbeBand probes = model.probesProperty().get();
        int row = 0;
        for (TimelineBand band : all) {
            Label name = bandName(band.name());
            name.getStyleClass().add(band.isWholeService() ? Styles.TEXT_BOLD : "band-name");
            bands.addRow(row++, name, new BandBar(band, model::describe), rightAligned(band.uptimeText()));
            if (band.isWholeService() && probes != null) {
                Label probeName = bandName(ProbeBar.NAME);
                probeName.getStyleClass().add("band-name");
                bands.addRow(row++, probeName, new ProbeBar(probes, model::describe),
                        rightAligned(probes.answeredText()));
            }
        }
        Label uptimeHeading = new Label("Uptime");
        uptimeHeading.getStyleClass().addAll("muted", "small");
        uptimeHeading.setMaxWidth(Double.MAX_VALUE);
        uptimeHeading.setAlignment(Pos.CENTER_RIGHT);
        bands.add(new AxisLabels(model.ticks()), 1, row);
        bands.add(uptimeHeading, 2, row);
        legend.getChildren().setAll(new TimelineLegend(probes != null));
        for (Node n : bands.getChildren()) {
            if (focusedRow >= 0 && n instanceof CanvasBar bar && GridPane.getRowIndex(n) == focusedRow) {
                bar.choose(cursor);
                bar.requestFocus();
            }
        }
    }

    /** A band's name, wrapped rather than cut, the whole of it in its tooltip too. */
    private static Label bandName(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setTooltip(new Tooltip(text));
        return l;
    }

    private static Label rightAligned(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        l.getStyleClass().add("band-uptime");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private void showMaintenances() {
        maintenances.getChildren().clear();
        if (model.maintenances().isEmpty()) {
            return;
        }
        maintenances.getChildren().add(section("Maintenance (planned work)"));
        for (TimelineModel.MaintenanceRow row : model.maintenances()) {
            Maintenance m = row.maintenance();
            Label heading = new Label(row.heading());
            HBox graphic = new HBox(8, StatusMark.of(Status.MAINTENANCE, 16), heading);
            graphic.setAlignment(Pos.CENTER_LEFT);
            TitledPane pane = new TitledPane(null, maintenanceBody(m));
            pane.setGraphic(graphic);
            pane.setAccessibleText("Maintenance: " + row.heading());
            pane.setExpanded(false);
            pane.getStyleClass().add("maintenance");
            maintenances.getChildren().add(pane);
        }
    }

    private Node maintenanceBody(Maintenance m) {
        if (m.updates().isEmpty()) {
            Label none = new Label("The page published no updates for this maintenance.");
            none.getStyleClass().add("muted");
            return none;
        }
        Incident asPosts = new Incident(m.id(), m.title(), m.status(), null, m.starts(), null, m.ends(), m.url(),
                m.updates(), m.componentIds());
        return UpdateTimeline.of(asPosts, model.when(), model.now(), actions::openUrl);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints(120, 520, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
