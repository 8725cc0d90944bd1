package uk.tierless.reports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Writes generated history on one connection (the caller's transaction), a table of one council in one statement:
 * each column goes as an array and PostgreSQL unnests them into rows.
 */
final class DemoHistoryWriter {

    /** A column: its SQL type and how a row gives its value. */
    private record Column<T>(String type, Function<T, ?> value) {
    }

    private static final List<Column<DemoFigures.Rollup>> ROLLUP_COLUMNS = List.of(
            new Column<>("date", row -> Date.valueOf(row.day())), new Column<>("text", DemoFigures.Rollup::service),
            new Column<>("text", DemoFigures.Rollup::channel), new Column<>("text", DemoFigures.Rollup::origin),
            new Column<>("int4", DemoFigures.Rollup::received), new Column<>("int4", DemoFigures.Rollup::closed),
            new Column<>("int4", DemoFigures.Rollup::closedWithTarget), new Column<>("int4", DemoFigures.Rollup::closedWithinTarget),
            new Column<>("int4", DemoFigures.Rollup::handedOver), new Column<>("int4", DemoFigures.Rollup::duplicates));
    private static final List<Column<DemoFigures.CloseDays>> CLOSE_DAY_COLUMNS = List.of(
            new Column<>("date", row -> Date.valueOf(row.day())), new Column<>("text", DemoFigures.CloseDays::service),
            new Column<>("int4", DemoFigures.CloseDays::workingDays), new Column<>("int4", DemoFigures.CloseDays::closes));
    private static final List<Column<DemoFigures.Usage>> USAGE_COLUMNS = List.of(
            new Column<>("date", row -> Date.valueOf(row.day())), new Column<>("text", DemoFigures.Usage::event),
            new Column<>("text", DemoFigures.Usage::partnership), new Column<>("text", DemoFigures.Usage::origin),
            new Column<>("text", DemoFigures.Usage::council), new Column<>("text", DemoFigures.Usage::service),
            new Column<>("text", DemoFigures.Usage::channel), new Column<>("text", DemoFigures.Usage::device),
            new Column<>("int8", DemoFigures.Usage::count));

    private final Connection connection;
    private long rollups;
    private long closeDays;
    private long usage;

    DemoHistoryWriter(Connection connection) {
        this.connection = connection;
    }

    void write(String council, DemoFigures.History history) throws SQLException {
        rollups += insert("insert into request_rollups (council, day, service, channel, origin, demo, received, closed,"
                + " closed_with_target, closed_within_target, handed_over, duplicates)"
                + " select ?, d, s, ch, o, true, r, c, cwt, cwi, h, dup from unnest(%s) as u(d, s, ch, o, r, c, cwt, cwi, h, dup)",
                council, history.rollups(), ROLLUP_COLUMNS);
        closeDays += insert("insert into request_close_days (council, day, service, demo, working_days, closes)"
                + " select ?, d, s, true, w, c from unnest(%s) as u(d, s, w, c)", council, history.closeDays(), CLOSE_DAY_COLUMNS);
        writeUsage(history.usage());
    }

    /** Adds to any count already there (a day's real use, where an instance ran before the history was loaded). */
    void writeUsage(List<DemoFigures.Usage> rows) throws SQLException {
        usage += insert("insert into usage_counts (day, event, partnership, origin, council, service, channel, device, count)"
                + " select * from unnest(%s) on conflict (day, event, partnership, origin, council, service, channel, device)"
                + " do update set count = usage_counts.count + excluded.count", null, rows, USAGE_COLUMNS);
    }

    String summary() {
        return rollups + " rollup rows, " + closeDays + " close-day rows, " + usage + " usage rows";
    }

    /** Runs {@code sql} with its {@code %s} replaced by one array parameter a column, after the council's, if any. */
    private <T> int insert(String sql, String council, List<T> rows, List<Column<T>> columns) throws SQLException {
        String arrays = String.join(", ", columns.stream().map(column -> "?::" + column.type() + "[]").toList());
        try (PreparedStatement insert = connection.prepareStatement(sql.formatted(arrays))) {
            int parameter = 1;
            if (council != null) {
                insert.setString(parameter++, council);
            }
            for (Column<T> column : columns) {
                insert.setArray(parameter++, connection.createArrayOf(column.type(), rows.stream().map(column.value()).toArray()));
            }
            return insert.executeUpdate();
        }
    }
}
