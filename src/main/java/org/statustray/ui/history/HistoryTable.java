package org.statustray.ui.history;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.statustray.model.Impact;
import org.statustray.model.Status;
import org.statustray.ui.StatusMark;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/**
 * The history table: service, title, impact (with the mark of the status it implies), start in the user's
 * zone (written as the other windows write times, with the zone's name), duration and status. Every column sorts on the real value (start by instant, duration by length,
 * impact by severity); the model's sorted list follows the table's sort order.
 */
final class HistoryTable {
    /** A row of an incident still open: bold, so it stands out whatever its impact. */
    static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final double SERVICE_MIN = 80;
    private static final double SERVICE_MAX = 200;
    private static final double CELL_PADDING = 24;
    private static final double TABLE_FONT_SIZE = 14;
    /** As wide as a start time gets before its zone: a past year, two-digit day. */
    private static final String NO_LONGER_LISTED = "no longer listed";
    private static final String LONGEST_TIME = "28 Dec 2025 20:08 ";

    private HistoryTable() {
    }

    static TableView<HistoryRow> create(HistoryModel model) {
        When when = model.when();
        TableView<HistoryRow> table = new TableView<>();
        TableColumn<HistoryRow, HistoryRow> service = column("Service", HistoryRow::serviceName,
                Comparator.comparing(HistoryRow::serviceName, String.CASE_INSENSITIVE_ORDER), SERVICE_MIN, 105, 105);
        TableColumn<HistoryRow, HistoryRow> title = column("Title", r -> r.incident().title(),
                Comparator.comparing(r -> r.incident().title(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)),
                140, 320, Double.MAX_VALUE);
        title.setCellFactory(c -> new TitleCell());
        TableColumn<HistoryRow, HistoryRow> impact = column("Impact", r -> "", HistoryRow.BY_IMPACT, 90, 90, 90);
        impact.setCellFactory(c -> new ImpactCell());
        double startedWidth = Math.ceil(textWidth(LONGEST_TIME + longestZoneName(when, model.now()))) + CELL_PADDING;
        TableColumn<HistoryRow, HistoryRow> started = column("Started", r -> r.startedText(when, model.now()),
                HistoryRow.BY_STARTED, startedWidth, startedWidth, startedWidth);
        TableColumn<HistoryRow, HistoryRow> duration = column("Duration", HistoryRow::durationText, HistoryRow.BY_DURATION,
                106, 106, 106);
        // wide enough for the longest phase StatusTray itself writes ("No longer listed"); a page's own odd word
        // may still be cut, with the whole of it in the detail pane
        double statusWidth = Math.max(102, Math.ceil(textWidth(Words.phase(NO_LONGER_LISTED))) + CELL_PADDING);
        TableColumn<HistoryRow, HistoryRow> status = column("Status", HistoryRow::statusText,
                Comparator.comparing(HistoryRow::statusText), statusWidth, statusWidth, statusWidth);
        table.getColumns().setAll(List.of(service, title, impact, started, duration, status));
        // Every column but the title is as wide as what it holds, so the title takes whatever the window has left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        fitServiceNames(service, model);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OPEN, !empty && row != null && row.ongoing());
            }
        });
        table.setItems(model.rows());
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        started.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(started);
        table.getStyleClass().add(Styles.DENSE);
        return table;
    }

    /** The service column as wide as the longest service name shown, within bounds, again after each reload. */
    private static void fitServiceNames(TableColumn<HistoryRow, HistoryRow> service, HistoryModel model) {
        Runnable fit = () -> {
            double widest = 0;
            for (HistoryModel.ServiceChoice c : model.serviceChoices()) {
                if (c.id() != null) {
                    widest = Math.max(widest, textWidth(c.name()));
                }
            }
            double width = Math.min(SERVICE_MAX, Math.max(SERVICE_MIN, Math.ceil(widest) + CELL_PADDING));
            service.setMinWidth(width); // a narrow window takes room from the title, not from the names
            service.setMaxWidth(width);
            service.setPrefWidth(width);
        };
        model.serviceChoices().addListener((ListChangeListener<HistoryModel.ServiceChoice>) c -> fit.run());
        fit.run();
    }

    /** The zone's longer name over a year (CST or CDT, or "GMT+05:30" where the zone has no short name). */
    private static String longestZoneName(When when, Instant now) {
        String a = when.zoneName(now);
        String b = when.zoneName(now.plus(Duration.ofDays(182)));
        return textWidth(a) >= textWidth(b) ? a : b;
    }

    private static double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(Font.font(Font.getDefault().getFamily(), TABLE_FONT_SIZE)); // the theme's size, not the toolkit's
        return t.getLayoutBounds().getWidth();
    }

    /** A column whose cells show {@code text} of the row and sort with {@code order}. */
    private static TableColumn<HistoryRow, HistoryRow> column(String name, Function<HistoryRow, String> text,
            Comparator<HistoryRow> order, double min, double width, double max) {
        TableColumn<HistoryRow, HistoryRow> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        c.setComparator(order);
        c.setMinWidth(min);
        c.setPrefWidth(width);
        c.setMaxWidth(max);
        return c;
    }

    /** The title, with the whole of it in a tooltip for when the window is too narrow to show it. */
    private static final class TitleCell extends TableCell<HistoryRow, HistoryRow> {
        private final Tooltip tip = new Tooltip();

        TitleCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(HistoryRow row, boolean empty) {
            super.updateItem(row, empty);
            String text = empty || row == null ? null : row.incident().title();
            setText(text);
            tip.setText(text == null ? "" : text);
            setTooltip(text == null || text.isEmpty() ? null : tip);
        }
    }

    /**
     * "major" beside the mark {@link HistoryRow#mark} chooses; a dash when the page gave no impact. A row
     * without a mark keeps the mark's room, so the words line up.
     */
    private static final class ImpactCell extends TableCell<HistoryRow, HistoryRow> {
        private static final double MARK = 12;
        private final Map<Status, Node> marks = new EnumMap<>(Status.class);
        private final Region noMark = new Region();

        ImpactCell() {
            noMark.setMinSize(MARK, MARK);
            noMark.setPrefSize(MARK, MARK);
            noMark.setMaxSize(MARK, MARK);
        }

        @Override
        protected void updateItem(HistoryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Impact impact = row.impact();
            Status mark = row.mark();
            setText(impact == null ? "—" : Words.impact(impact));
            setGraphic(mark == null ? noMark : marks.computeIfAbsent(mark, s -> StatusMark.of(s, MARK)));
        }
    }
}
