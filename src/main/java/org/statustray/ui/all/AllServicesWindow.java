package org.statustray.ui.all;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.statustray.ui.AppStage;
import org.statustray.ui.StatusMark;
import org.statustray.ui.UiActions;

/**
 * The window "All services — StatusTray": a period switch (24 h / 7 d / 90 d), every watched service as a
 * band on one time axis, most troubled first, with the spans when two or more were down outlined across all
 * bands; a band opens its service's timeline. Below, those spans as a list: start, end, services, incidents.
 * Call on the FX thread.
 */
public final class AllServicesWindow {
    public static final String TITLE = "All services — StatusTray";
    private final AllServicesModel model;
    private final UiActions actions;
    private final AppStage stage;
    private final GridPane bands = new GridPane();
    private final ToggleGroup periods = new ToggleGroup();
    private final Label problem = new Label();
    private final Label empty = new Label();
    private final TableView<OverlapRow> overlaps = new TableView<>();

    public AllServicesWindow(AllServicesModel model, UiActions actions) {
        this.model = model;
        this.actions = actions;
        bands.getStyleClass().add("all-bands");
        bands.setHgap(12);
        bands.setVgap(6);
        bands.setPadding(new Insets(8, 12, 8, 12));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bars = new ColumnConstraints();
        bars.setHgrow(Priority.ALWAYS);
        bands.getColumnConstraints().setAll(names, bars);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        empty.setWrapText(true);
        ScrollPane scroll = new ScrollPane(new VBox(problem, empty, bands));
        scroll.setFitToWidth(true);
        VBox lower = new VBox(6, heading("Down together"), overlapTable());
        lower.setPadding(new Insets(8, 12, 12, 12));
        VBox.setVgrow(overlaps, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        BorderPane root = new BorderPane(split);
        root.setTop(topBar());
        stage = new AppStage(TITLE, root, 900, 640);
        model.bands().addListener((ListChangeListener<ServiceBand>) c -> rebuild());
        model.highlights().addListener((ListChangeListener<AllServicesModel.Highlight>) c -> rebuild());
        model.periodProperty().addListener((obs, was, is) -> periods.getToggles().stream()
                .filter(t -> t.getUserData() == is).findFirst().ifPresent(periods::selectToggle));
        rebuild();
    }

    /** Shows the window (the period switch focused, as in a timeline) and reads the store again. */
    public void show() {
        boolean first = !stage.stage().isShowing();
        stage.show();
        if (first) {
            periods.getToggles().stream().filter(t -> t.isSelected()).findFirst()
                    .ifPresent(t -> ((ToggleButton) t).requestFocus());
        }
        model.reload();
    }

    public void hide() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** The bands shown now, in order. */
    java.util.List<AllBandBar> bars() {
        return bands.getChildren().stream().filter(AllBandBar.class::isInstance).map(AllBandBar.class::cast).toList();
    }

    public AllServicesModel model() {
        return model;
    }

    private HBox topBar() {
        HBox switcher = new HBox();
        switcher.getStyleClass().add("period-switch");
        AllPeriod[] all = AllPeriod.values();
        for (int k = 0; k < all.length; k++) {
            ToggleButton b = new ToggleButton(all[k].label());
            b.setUserData(all[k]);
            b.setToggleGroup(periods);
            b.setId("period-" + all[k].name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add(k == 0 ? Styles.LEFT_PILL : k == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            switcher.getChildren().add(b);
        }
        periods.selectToggle(periods.getToggles().get(model.getPeriod().ordinal()));
        periods.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                periods.selectToggle(was); // one period is always chosen
            } else {
                model.setPeriod((AllPeriod) is.getUserData());
            }
        });
        Label range = new Label();
        range.textProperty().bind(model.rangeProperty());
        range.getStyleClass().add(Styles.TEXT_MUTED);
        Rectangle key = new Rectangle(18, 12);
        key.setFill(null);
        key.setStroke(AllBandBar.overlapColour());
        key.setStrokeWidth(2);
        Label legend = new Label("two or more down at once", key);
        legend.getStyleClass().add(Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, switcher, range, gap, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 4, 12));
        return bar;
    }

    private TableView<OverlapRow> overlapTable() {
        overlaps.setId("overlaps");
        overlaps.setItems(model.overlaps());
        overlaps.getColumns().add(column("Start", OverlapRow::start, 130));
        overlaps.getColumns().add(column("End", OverlapRow::end, 130));
        overlaps.getColumns().add(column("Services", OverlapRow::services, 200));
        overlaps.getColumns().add(column("Incidents", OverlapRow::incidents, 420));
        overlaps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        none.textProperty().bind(model.periodProperty().map(p -> "No two services were down at once in the last "
                + p.label() + "."));
        overlaps.setPlaceholder(none);
        return overlaps;
    }

    private static TableColumn<OverlapRow, String> column(String title, java.util.function.Function<OverlapRow, String> text,
            double width) {
        TableColumn<OverlapRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The bands as the model has them now; the focused band keeps the focus over a reload. */
    private void rebuild() {
        String focused = bands.getChildren().stream().filter(n -> n instanceof AllBandBar && n.isFocused())
                .map(n -> ((AllBandBar) n).band().serviceId()).findFirst().orElse(null);
        bands.getChildren().clear();
        empty.setText(model.bands().isEmpty() && model.problemProperty().get() == null
                ? "No services are watched. Add one in Settings." : "");
        empty.setManaged(!empty.getText().isEmpty());
        int row = 0;
        for (ServiceBand b : model.bands()) {
            Label name = new Label(b.name());
            if (b.now() != null) {
                name.setGraphic(StatusMark.of(b.now(), 10));
            }
            name.setTooltip(new Tooltip(b.name() + (b.now() == null ? "" : " — now " + b.now().words())));
            AllBandBar bar = new AllBandBar(b, model, () -> actions.openTimeline(b.serviceId()));
            name.setLabelFor(bar);
            bands.add(name, 0, row);
            bands.add(bar, 1, row);
            row++;
            if (b.serviceId().equals(focused)) {
                bar.requestFocus();
            }
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }
}
