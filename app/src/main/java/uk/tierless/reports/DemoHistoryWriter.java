package uk.tierless.reports;

import java.sql.Array;
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

    private final Connection connection;
    private long rollups;
    private long closeDays;
    private long usage;

    DemoHistoryWriter(Connection connection) {
        this.connection = connection;
    }

    void write(String council, DemoFigures.History history) throws SQLException {
        List<DemoFigures.Rollup> rows = history.rollups();
        try (PreparedStatement insert = connection.prepareStatement("insert into request_rollups (council, day, service,"
                + " channel, origin, demo, received, closed, closed_with_target, closed_within_target, handed_over, duplicates)"
                + " select ?, d, s, ch, o, true, r, c, cwt, cwi, h, dup from unnest(?::date[], ?::text[], ?::text[], ?::text[],"
                + " ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[]) as u(d, s, ch, o, r, c, cwt, cwi, h, dup)")) {
            insert.setString(1, council);
            insert.setArray(2, dates(rows, DemoFigures.Rollup::day));
            insert.setArray(3, column("text", rows, DemoFigures.Rollup::service));
            insert.setArray(4, column("text", rows, DemoFigures.Rollup::channel));
            insert.setArray(5, column("text", rows, DemoFigures.Rollup::origin));
            insert.setArray(6, column("int4", rows, DemoFigures.Rollup::received));
            insert.setArray(7, column("int4", rows, DemoFigures.Rollup::closed));
            insert.setArray(8, column("int4", rows, DemoFigures.Rollup::closedWithTarget));
            insert.setArray(9, column("int4", rows, DemoFigures.Rollup::closedWithinTarget));
            insert.setArray(10, column("int4", rows, DemoFigures.Rollup::handedOver));
            insert.setArray(11, column("int4", rows, DemoFigures.Rollup::duplicates));
            rollups += insert.executeUpdate();
        }
        List<DemoFigures.CloseDays> closes = history.closeDays();
        try (PreparedStatement insert = connection.prepareStatement("insert into request_close_days"
                + " (council, day, service, demo, working_days, closes)"
                + " select ?, d, s, true, w, c from unnest(?::date[], ?::text[], ?::int[], ?::int[]) as u(d, s, w, c)")) {
            insert.setString(1, council);
            insert.setArray(2, dates(closes, DemoFigures.CloseDays::day));
            insert.setArray(3, column("text", closes, DemoFigures.CloseDays::service));
            insert.setArray(4, column("int4", closes, DemoFigures.CloseDays::workingDays));
            insert.setArray(5, column("int4", closes, DemoFigures.CloseDays::closes));
            closeDays += insert.executeUpdate();
        }
        writeUsage(history.usage());
    }

    /** Adds to any count already there (a day's real use, where an instance ran before the history was loaded). */
    void writeUsage(List<DemoFigures.Usage> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into usage_counts"
                + " (day, event, partnership, origin, council, service, channel, device, count)"
                + " select * from unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::bigint[])"
                + " on conflict (day, event, partnership, origin, council, service, channel, device)"
                + " do update set count = usage_counts.count + excluded.count")) {
            insert.setArray(1, dates(rows, DemoFigures.Usage::day));
            insert.setArray(2, column("text", rows, DemoFigures.Usage::event));
            insert.setArray(3, column("text", rows, DemoFigures.Usage::partnership));
            insert.setArray(4, column("text", rows, DemoFigures.Usage::origin));
            insert.setArray(5, column("text", rows, DemoFigures.Usage::council));
            insert.setArray(6, column("text", rows, DemoFigures.Usage::service));
            insert.setArray(7, column("text", rows, DemoFigures.Usage::channel));
            insert.setArray(8, column("text", rows, DemoFigures.Usage::device));
            insert.setArray(9, column("int8", rows, DemoFigures.Usage::count));
            usage += insert.executeUpdate();
        }
    }

    String summary() {
        return rollups + " rollup rows, " + closeDays + " close-day rows, " + usage + " usage rows";
    }

    private <T> Array dates(List<T> rows, Function<T, java.time.LocalDate> day) throws SQLException {
        return column("date", rows, row -> Date.valueOf(day.apply(row)));
    }

    private <T> Array column(String type, List<T> rows, Function<T, ?> value) throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(value).toArray());
    }
}
