package org.statustray.ui.overview;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;
import org.statustray.ui.SafeText;
import org.statustray.ui.StatusMark;
import org.statustray.ui.StatusText;
import org.statustray.ui.UiActions;

/**
 * One service in the overview list: its mark, name and status word, the page's description, its verdict from
 * here, when it was checked, why it cannot be read, and its incidents and maintenances, each with a link to its page.
 * A double click opens the service's timeline. A service whose page answers but does not read has a "Detect again"
 * button.
 */
final class OverviewCell extends ListCell<OverviewRow> {
    private final UiActions actions;
    private final Consumer<String> detectAgain;
    private final Predicate<String> muted;

    /**
     * {@code detectAgain} is told the id of a service whose "Detect again" was pressed; {@code muted} says
     * whose notifications are muted (their rows bear {@link MutedMark}).
     */
    OverviewCell(UiActions actions, Consumer<String> detectAgain, Predicate<String> muted) {
        this.actions = actions;
        this.detectAgain = detectAgain;
        this.muted = muted;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0); // wrap to the list's width instead of widening it
        getStyleClass().add("overview-cell");
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty() && getItem() != null
                    && !onLink(e.getTarget())) {
                actions.openTimeline(getItem().id());
            }
        });
    }

    @Override
    protected void updateItem(OverviewRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setGraphic(layout(row));
        setAccessibleText(muted.test(row.id()) ? row.accessibleText() + ", notifications muted" : row.accessibleText());
    }

    private static boolean onLink(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Hyperlink || n instanceof Button) {
                return true;
            }
        }
        return false;
    }

    /** As tall as the row's wrapped lines need at the cell's width (the skin's estimate ignores wrapping). */
    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        double w = width >= 0 ? width : getWidth();
        if (graphic == null || w <= 0) {
            return super.computePrefHeight(width);
        }
        double inside = w - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + graphic.prefHeight(inside) + snappedBottomInset();
    }

    private Node layout(OverviewRow row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("service-name"); // a long name shortens with an ellipsis, not the status word
        Label word = StatusText.word(row.statusWord(), row.status());
        word.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label checked = label(row.checked(), "muted", "small", "checked");
        HBox head = new HBox(8, name, word, gap, checked);
        if (muted.test(row.id())) {
            head.getChildren().add(2, MutedMark.of());
        }
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox body = new VBox(2, head);
        addWrapped(body, row.description(), "description");
        if (!row.affected().isEmpty()) {
            body.getChildren().add(AffectedLine.of(row.affected()));
        }
        addWrapped(body, row.verdict(), "small", "verdict", row.verdictWarns() ? "verdict-warning" : "muted");
        addWrapped(body, row.alternatives(), "small", "alternatives", "muted");
        addWrapped(body, row.unknownReason(), "unknown-reason");
        addWrapped(body, row.lastGood(), "muted", "small", "last-good");
        if (row.detectAgain()) {
            Button detect = new Button(row.detectAgainText());
            detect.getStyleClass().addAll("detect-again", Styles.SMALL);
            detect.setMnemonicParsing(false);
            detect.setDisable(row.detecting());
            detect.setFocusTraversable(false); // the list keeps the keyboard; the row's menu has the same action
            detect.setOnAction(e -> detectAgain.accept(row.id()));
            body.getChildren().add(detect);
        }
        for (OverviewRow.IncidentLine i : row.incidents()) {
            body.getChildren().add(item("incident", i.title(), i.meta(), i.url(), "Open incident"));
        }
        for (OverviewRow.MaintenanceLine m : row.maintenances()) {
            body.getChildren().add(item("maintenance", "Maintenance: " + m.title(), m.meta(), m.url(), "Open notice"));
        }
        if (!row.plannedSummary().isEmpty()) {
            Node planned = item("maintenance", row.plannedSummary(), "", row.url(), "Open status page");
            planned.getStyleClass().add("planned-maintenances");
            body.getChildren().add(planned);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        HBox line = new HBox(10, StatusMark.of(row.status(), 20), body);
        line.getStyleClass().add("overview-row");
        return line;
    }

    private VBox item(String kind, String title, String meta, @Nullable String url, String linkText) {
        Label heading = wrapped(title, kind + "-title");
        Text metaText = new Text(meta);
        metaText.getStyleClass().add("meta-text");
        TextFlow metaLine = new TextFlow(metaText);
        if (url != null) {
            Hyperlink link = new Hyperlink(linkText);
            link.getStyleClass().add(Styles.TEXT_SMALL);
            link.setFocusTraversable(false); // the list keeps the keyboard; its context menu opens the same pages
            link.setOnAction(e -> {
                if (SafeText.isWebAddress(url)) {
                    actions.openUrl(url);
                }
            });
            metaLine.getChildren().addAll(new Text("  "), link);
        }
        VBox box = new VBox(1, heading, metaLine);
        box.getStyleClass().add(kind + "-box");
        return box;
    }

    private static void addWrapped(VBox body, String text, String... styles) {
        if (text != null && !text.isBlank()) {
            body.getChildren().add(wrapped(text, styles));
        }
    }

    private static Label wrapped(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinWidth(0);
        return l;
    }

    /** A label that keeps its whole text on one line. */
    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
