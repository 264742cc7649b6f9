package org.statustray.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.statustray.model.Component;
import org.statustray.ui.StatusMark;
import org.statustray.ui.settings.ComponentPickerModel.ComponentRow;
import org.statustray.ui.settings.ComponentPickerModel.GroupRow;
import org.statustray.ui.settings.ComponentPickerModel.Row;
import org.statustray.ui.settings.ComponentPickerModel.Tick;

/**
 * A page's components as check boxes under their groups' own check boxes, with a filter once there are
 * more than a handful. Only the list scrolls, so whatever follows the picker stays in view. What a tick
 * does is the owner's: {@code onTick} and {@code onGroupTick} are told, and the owner shows the result.
 */
final class ComponentPicker {
    /** Pages with more components than this get a filter box. */
    static final int FILTER_FROM = 10;
    private final ComponentPickerModel rules = new ComponentPickerModel();
    private final TextField filter = new TextField();
    private final Label summary = Forms.hint("");
    private final VBox rows = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(rows);
    private final HBox filterRow;
    private final VBox root;
    private final BiConsumer<Component, Boolean> onTick;
    private final BiConsumer<String, Boolean> onGroupTick;
    private List<Component> shownPage = List.of();

    /** {@code idPrefix} names the parts for tests and tools ({@code prefix-component-filter}, {@code prefix-components}, …). */
    ComponentPicker(String idPrefix, BiConsumer<Component, Boolean> onTick, BiConsumer<String, Boolean> onGroupTick) {
        this.onTick = onTick;
        this.onGroupTick = onGroupTick;
        filter.setId(idPrefix + "-component-filter");
        filter.setPromptText("Filter components, e.g. API or Frankfurt");
        filter.textProperty().addListener((o, was, now) -> {
            rules.setFilter(now);
            refresh();
        });
        rows.setId(idPrefix + "-components");
        summary.setId(idPrefix + "-components-summary");
        rows.setPadding(new Insets(2, 4, 2, 2));
        scroll.setFitToWidth(true);
        scroll.setId(idPrefix + "-components-scroll");
        Label filterLabel = Forms.labelFor("_Filter", filter);
        filterLabel.setMinWidth(Label.USE_PREF_SIZE);
        filterRow = new HBox(8, filterLabel, filter);
        filterRow.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filterRow.managedProperty().bind(filterRow.visibleProperty());
        root = new VBox(6, filterRow, summary, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        refresh();
    }

    Node node() {
        return root;
    }

    /** The list at most this tall (the rest scrolls); by default it takes the room its parent gives it. */
    void limitHeight(double max) {
        scroll.setMaxHeight(max);
    }

    /** Shows {@code page} with {@code tickedIds} ticked, keeping the filter and the focused line. */
    void show(List<Component> page, Set<String> tickedIds) {
        Set<String> tickedNow = rules.tickedComponents().stream().map(Component::id).collect(Collectors.toSet());
        if (page.equals(shownPage) && tickedNow.equals(Set.copyOf(tickedIds)) && !rows.getChildren().isEmpty()) {
            return; // a poll that changed nothing rebuilds nothing
        }
        shownPage = List.copyOf(page);
        rules.show(page, tickedIds);
        filterRow.setVisible(page.size() > FILTER_FROM);
        if (!filterRow.isVisible() && !filter.getText().isEmpty()) {
            filter.clear();
        }
        refresh();
    }

    /** The rules behind the picker, for an owner that keeps the ticks itself (a page not yet added). */
    ComponentPickerModel rules() {
        return rules;
    }

    void refresh() {
        Object focused = rows.getChildren().stream().filter(Node::isFocused).map(Node::getUserData).findFirst().orElse(null);
        rows.getChildren().clear();
        for (Row row : rules.rows()) {
            CheckBox box = row instanceof GroupRow g ? groupBox(g) : componentBox((ComponentRow) row);
            rows.getChildren().add(box);
            if (focused != null && focused.equals(box.getUserData())) {
                box.requestFocus();
            }
        }
        long shown = rules.shown();
        int all = rules.size();
        int ticked = rules.tickedComponents().size();
        String count = all == 1 ? "1 component" : all + " components";
        summary.setText(shown == all ? count + " · " + ticked + " ticked"
                : shown == 0 ? "No component matches '" + filter.getText().strip() + "'"
                : shown + " of " + count + " shown · " + ticked + " ticked");
        root.setVisible(all > 0);
        root.setManaged(all > 0);
    }

    private CheckBox groupBox(GroupRow g) {
        CheckBox box = new CheckBox(g.group() + "  (" + g.ticked() + " of " + g.members() + ")");
        box.setMnemonicParsing(false);
        box.getStyleClass().add(Styles.TEXT_BOLD);
        box.setSelected(g.tick() == Tick.ALL);
        box.setIndeterminate(g.tick() == Tick.SOME);
        box.setGraphic(StatusMark.of(g.worst(), 14));
        box.setUserData("group:" + g.group());
        box.setAccessibleText("Group " + g.group() + ", " + g.ticked() + " of " + g.members() + " components watched");
        box.setOnAction(e -> onGroupTick.accept(g.group(), box.isSelected()));
        return box;
    }

    private CheckBox componentBox(ComponentRow r) {
        Component c = r.component();
        CheckBox box = new CheckBox(c.name());
        box.setMnemonicParsing(false);
        box.setSelected(r.ticked());
        box.setGraphic(StatusMark.of(c.status(), 14));
        box.setUserData(c.id());
        box.setAccessibleText(c.displayName() + ", " + c.status().words());
        if (r.inGroup()) {
            box.setPadding(new Insets(0, 0, 0, 24));
        }
        box.setOnAction(e -> onTick.accept(c, box.isSelected()));
        return box;
    }
}
