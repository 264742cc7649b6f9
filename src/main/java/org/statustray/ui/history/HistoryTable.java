package org.statustray.ui.history;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.statustray.model.Impact;
import org.statustray.model.Status;
import org.statustray.ui.StatusMark;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/**
 * The history table: service, title, impact (with the mark of the status it implies), start in the user's
 * zone, duration and status. Every column sorts on the real value (start by instant, duration by length,
 * impact by severity); the model's sorted list follows the table's sort order.
 */
final class HistoryTable {
    private HistoryTable() {
    }

    static TableView<HistoryRow> create(HistoryModel model) {
        When when = model.when();
        TableView<HistoryRow> table = new TableView<>();
        TableColumn<HistoryRow, HistoryRow> service = column("Service", HistoryRow::serviceName,
                Comparator.comparing(HistoryRow::serviceName, String.CASE_INSENSITIVE_ORDER), 92, 105, 160);
        TableColumn<HistoryRow, HistoryRow> title = column("Title", r -> r.incident().title(),
                Comparator.comparing(r -> r.incident().title(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)),
                140, 320, Double.MAX_VALUE);
        TableColumn<HistoryRow, HistoryRow> impact = column("Impact", r -> "", HistoryRow.BY_IMPACT, 90, 90, 90);
        impact.setCellFactory(c -> new ImpactCell());
        TableColumn<HistoryRow, HistoryRow> started = column("Started", r -> when.sortable(r.incident().started()),
                HistoryRow.BY_STARTED, 142, 142, 142);
        TableColumn<HistoryRow, HistoryRow> duration = column("Duration", HistoryRow::durationText, HistoryRow.BY_DURATION,
                92, 92, 92);
        TableColumn<HistoryRow, HistoryRow> status = column("Status", HistoryRow::statusText,
                Comparator.comparing(HistoryRow::statusText), 102, 102, 102);
        table.getColumns().setAll(List.of(service, title, impact, started, duration, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.rows());
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        started.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(started);
        table.getStyleClass().add(Styles.DENSE);
        return table;
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

    /** "major" beside the mark of the status a major incident implies; a dash when the page gave none. */
    private static final class ImpactCell extends TableCell<HistoryRow, HistoryRow> {
        private final Map<Status, Node> marks = new EnumMap<>(Status.class);

        @Override
        protected void updateItem(HistoryRow row, boolean empty) {
            super.updateItem(row, empty);
            Impact impact = empty || row == null ? null : row.impact();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
            } else if (impact == null) {
                setText("—");
                setGraphic(null);
            } else {
                setText(Words.impact(impact));
                setGraphic(marks.computeIfAbsent(impact.impliedStatus(), s -> StatusMark.of(s, 12)));
            }
        }
    }
}
