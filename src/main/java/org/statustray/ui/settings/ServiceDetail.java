package org.statustray.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.store.ConfigRules;
import org.statustray.ui.UiActions;

/**
 * One watched service in detail: which of its components are watched, its own poll interval, its probe
 * address, mute and watch until recovered. The controls are built once and show whichever service the model has chosen.
 */
final class ServiceDetail {
    private final SettingsModel model;
    private final VBox root = new VBox(10);
    private final VBox form;
    private final Label none = new Label("Choose a service on the left to change how it is watched.");
    private final Label name = new Label();
    private final Hyperlink url = new Hyperlink();
    private final Label source = Forms.hint("");
    private final ComponentPicker picker;
    private final VBox missing = new VBox(6);
    private final Label componentsNote = Forms.hint("");
    private final TextField interval = new TextField();
    private final Label intervalHint = Forms.hint("");
    private final CheckBox muted = new CheckBox("_Mute: no notifications for this service");
    private final CheckBox untilRecovered = new CheckBox("Watch until _recovered: tell only the recovery, then mute");
    private final Button timeline = new Button("Open _timeline");
    private final ProbeFields probe;
    private @Nullable String shownId;

    ServiceDetail(SettingsModel model, UiActions actions) {
        this.model = model;
        root.setPadding(new Insets(12, 16, 16, 16));
        name.getStyleClass().add(Styles.TITLE_3);
        url.getStyleClass().add(Styles.TEXT_SMALL);
        url.setOnAction(e -> actions.openUrl(url.getText()));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        interval.setId("service-interval");
        interval.setPrefColumnCount(6);
        interval.setMaxWidth(120);
        Forms.onCommit(interval, this::shownInterval, () -> {
            if (shownId != null) {
                model.setServiceInterval(shownId, interval.getText());
            }
        });
        muted.setId("service-muted");
        muted.setOnAction(e -> model.setMuted(shown(), muted.isSelected()));
        untilRecovered.setId("service-until-recovered");
        untilRecovered.setOnAction(e -> model.setWatchUntilRecovered(shown(), untilRecovered.isSelected()));
        timeline.setOnAction(e -> actions.openTimeline(shown()));
        probe = new ProbeFields(model.probes(), () -> model.selectedProperty().get());
        model.configProperty().addListener((o, was, now) -> { // probing switched off for all: say so here too
            ServiceConfig s = model.selectedProperty().get();
            if (s != null && s.id().equals(shownId)) {
                probe.show(s);
            }
        });
        picker = new ComponentPicker("service", (c, on) -> model.setComponentWatched(shown(), new ComponentChoice(c, c.displayName(), !on), on),
                (group, on) -> model.setGroupWatched(shown(), group, on));
        picker.limitHeight(340);
        missing.setId("service-missing-components");
        missing.managedProperty().bind(Bindings.isNotEmpty(missing.getChildren()));
        model.selectedReadsProperty().addListener((o, was, now) -> { // e.g. the first read of a service just added
            ServiceConfig s = model.selectedProperty().get();
            if (s != null && s.id().equals(shownId)) {
                showComponents(s);
            }
        });
        Label componentsTitle = Forms.heading("Watched components");
        Label intervalLabel = Forms.labelFor("Poll _interval (seconds)", interval);
        form = new VBox(10, new VBox(2, name, url, source), componentsTitle, componentsNote, picker.node(), missing,
                Forms.heading("Polling"), new HBox(8, intervalLabel, interval), intervalHint,
                Forms.heading("Is it me or them?"), probe.node(),
                Forms.heading("Notifications"), muted, untilRecovered, timeline);
        intervalLabel.setMinWidth(Region.USE_PREF_SIZE);
        intervalLabel.setPadding(new Insets(6, 0, 0, 0));
        show(null);
    }

    /** The shown service's id: the controls that use it are laid out only while one is shown. */
    private String shown() {
        return Objects.requireNonNull(shownId);
    }

    Node node() {
        return root;
    }

    /** Shows {@code s} (null: none chosen), keeping the focus on the control that had it. */
    void show(@Nullable ServiceConfig s) {
        if (s == null) {
            shownId = null;
            root.getChildren().setAll(none);
            return;
        }
        shownId = s.id();
        root.getChildren().setAll(form);
        name.setText(s.displayName(null));
        url.setText(s.url());
        source.setText("Format " + s.format() + (s.addedByUrl() ? " · added by its address" : " · from the catalogue"));
        showComponents(s);
        interval.setText(shownInterval());
        int minimum = ConfigRules.minimumIntervalFor(s.url());
        interval.setPromptText(String.valueOf(model.config().pollIntervalSeconds()));
        intervalHint.setText("Empty: the global interval (" + model.config().pollIntervalSeconds() + " s). At least "
                + minimum + " s for this page.");
        muted.setSelected(s.muted());
        untilRecovered.setSelected(s.watchUntilRecovered());
        probe.show(s);
    }

    private String shownInterval() {
        ServiceConfig s = model.selectedProperty().get();
        return s == null || s.pollIntervalSeconds() == null ? "" : String.valueOf(s.pollIntervalSeconds());
    }

    /** The page's components from its last read, and the chosen ones it did not list; none ticked = the whole page. */
    private void showComponents(ServiceConfig s) {
        List<ComponentChoice> choices = model.componentChoices(s.id());
        List<Component> listed = choices.stream().map(ComponentChoice::component).filter(Objects::nonNull).toList();
        Set<String> ticked = new HashSet<>();
        choices.stream().filter(c -> c.component() != null && c.chosen()).forEach(c -> ticked.add(c.component().id()));
        picker.show(listed, ticked);
        missing.getChildren().clear();
        for (ComponentChoice choice : choices) {
            if (choice.component() == null) {
                CheckBox box = new CheckBox(choice.label() + " (not on the page when last read)");
                box.setMnemonicParsing(false);
                box.setSelected(true);
                box.setOnAction(e -> model.setComponentWatched(shown(), choice, box.isSelected()));
                missing.getChildren().add(box);
            }
        }
        boolean read = model.lastRead(s.id()).isPresent();
        componentsNote.setText(!read
                ? "StatusTray has not read this page yet; its components are listed once it has. "
                        + (s.components().isEmpty() ? "The page's overall status is watched." : "")
                : listed.isEmpty() ? "This page lists no components; its overall status is watched."
                : (ticked.isEmpty() && s.components().isEmpty() ? "None ticked: the page's overall status is watched."
                        : "Only what is ticked is watched; none ticked: the page's overall status.")
                        + " A group's tick watches all of it, also what it gains later.");
    }
}
