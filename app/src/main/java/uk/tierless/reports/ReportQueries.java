package uk.tierless.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report's sums from the rollups, the close-time histogram and the usage counts: one grouped query each,
 * by council, service, month and channel or device (or, for the compared periods' totals, by council only).
 */
@ApplicationScoped
class ReportQueries {

    /**
     * Whose figures: these councils, and the page-level use of a partnership's front door ({@code partnership}
     * set) or of these councils' profiles (null).
     */
    record Scope(String partnership, List<String> councils) {
    }

    /** The month of a day, without going through a time zone (date_trunc on a date would). */
    private static final String MONTH = "date_trunc('month', day::timestamp)::date";
    /**
     * Room to group in memory: the planner guesses many more groups than a report has (a few thousand), and with the
     * default it sorts on disk instead, several times slower.
     */
    private static final String GROUPING_MEMORY = "select set_config('work_mem', '64MB', true)";

    @Inject
    DataSource dataSource;

    /** The sums of the period; with {@code detail} also by service, month and device, else the totals only. */
    ReportCells read(Scope scope, ReportPeriod period, boolean detail) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ReportCells cells = new ReportCells();
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement memory = connection.prepareStatement(GROUPING_MEMORY)) {
                    memory.execute();
                }
                readRequests(connection, scope, period, detail, cells);
                readCloseDays(connection, scope, period, detail, cells);
                readUse(connection, scope, period, detail, cells);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the report's figures", e);
            }
            return cells;
        });
    }

    private void readRequests(Connection connection, Scope scope, ReportPeriod period, boolean detail,
                              ReportCells cells) throws SQLException {
        String by = detail ? "council, service, " + MONTH + ", channel" : "council, channel";
        String sql = "select council, " + (detail ? "service, " + MONTH : "'', null::date") + ", channel,"
                + " sum(received), sum(closed), sum(closed_with_target), sum(closed_within_target), sum(handed_over),"
                + " sum(duplicates), coalesce(sum(received) filter (where origin <> '' and origin <> council), 0)"
                + " from " + PeriodRows.of(period).from("request_rollups", "request_rollups_monthly", "council, service,"
                + " channel, origin, received, closed, closed_with_target, closed_within_target, handed_over,"
                + " duplicates") + " where council = any(?) group by " + by;
        try (PreparedStatement query = prepare(connection, sql, scope.councils(), period); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String council = rows.getString(1);
                String service = rows.getString(2);
                YearMonth month = month(rows.getDate(3));
                String channel = rows.getString(4);
                for (Counts cell : List.of(cells.totals, cells.council(council), cells.month(month))) {
                    add(cell, channel, rows);
                }
                if (detail) {
                    add(cells.service(council, service), channel, rows);
                }
            }
        }
    }

    private static void add(Counts cell, String channel, ResultSet row) throws SQLException {
        cell.addRequests(channel, row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
                row.getLong(10), row.getLong(11));
    }

    private void readCloseDays(Connection connection, Scope scope, ReportPeriod period, boolean detail,
                               ReportCells cells) throws SQLException {
        String by = detail ? "council, service, " + MONTH + ", working_days" : "council, working_days";
        String sql = "select council, " + (detail ? "service, " + MONTH : "'', null::date") + ", working_days,"
                + " sum(closes) from " + PeriodRows.of(period).from("request_close_days", "request_close_days_monthly",
                "council, service, working_days, closes") + " where council = any(?) group by " + by;
        try (PreparedStatement query = prepare(connection, sql, scope.councils(), period); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String council = rows.getString(1);
                int days = rows.getInt(4);
                long closes = rows.getLong(5);
                cells.totals.addCloses(days, closes);
                cells.council(council).addCloses(days, closes);
                cells.month(month(rows.getDate(3))).addCloses(days, closes);
                if (detail) {
                    cells.service(council, rows.getString(2)).addCloses(days, closes);
                }
            }
        }
    }

    /**
     * Page-level events (visits, page views, postcode searches) count for the whole when they were on the
     * partnership's front door (or, for a council's report, through its profile) and for a council when they came
     * through its profile; tiles and forms count for the council responsible.
     */
    private void readUse(Connection connection, Scope scope, ReportPeriod period, boolean detail,
                         ReportCells cells) throws SQLException {
        String by = detail ? "1, 2, 3, 4, 5, 6, 7" : "1, 2, 3, 4";
        String sql = "select event, origin, council, partnership = ?, "
                + (detail ? "service, " + MONTH + ", device" : "'', null::date, ''") + ", sum(count)"
                + " from " + PeriodRows.of(period).from("usage_counts", "usage_counts_monthly", "event, partnership,"
                + " origin, council, service, channel, device, count") + " where ("
                + "(event in ('visit', 'page-view', 'postcode-search') and (partnership = ? or origin = any(?)))"
                + " or (event in ('tile-opened', 'form-started', 'form-submitted') and council = any(?)))"
                + " group by " + by;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            String partnership = scope.partnership() == null ? "" : scope.partnership();
            query.setString(1, partnership);
            int next = PeriodRows.of(period).bind(query, 2);
            query.setString(next, partnership);
            query.setArray(next + 1, connection.createArrayOf("text", scope.councils().toArray()));
            query.setArray(next + 2, connection.createArrayOf("text", scope.councils().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    addUse(scope, cells, rows, detail);
                }
            }
        }
    }

    private static void addUse(Scope scope, ReportCells cells, ResultSet row, boolean detail) throws SQLException {
        String event = row.getString(1);
        String origin = row.getString(2);
        String council = row.getString(3);
        boolean ownDoor = row.getBoolean(4) && scope.partnership() != null;
        long count = row.getLong(8);
        YearMonth month = month(row.getDate(6));
        String device = row.getString(7);
        if (council.isEmpty()) {
            boolean throughScope = scope.councils().contains(origin);
            if (scope.partnership() == null ? throughScope : ownDoor) {
                cells.totals.addUse(event, count);
                cells.month(month).addUse(event, count);
                cells.device(device).addUse(event, count);
            }
            if (throughScope) {
                cells.council(origin).addUse(event, count);
            }
            return;
        }
        for (Counts cell : List.of(cells.totals, cells.council(council), cells.month(month), cells.device(device))) {
            cell.addUse(event, count);
        }
        if (detail) {
            cells.service(council, row.getString(5)).addUse(event, count);
        }
    }

    /** The days of generated demo history of these councils that fall in the period. */
    List<BoardReport.DemoDays> demoDays(List<String> councils, ReportPeriod period) {
        List<BoardReport.DemoDays> days = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select council, greatest(first_day, ?),"
                     + " least(last_day, ?) from report_demo_history where council = any(?) and first_day <= ?"
                     + " and last_day >= ? order by council")) {
            query.setDate(1, Date.valueOf(period.from()));
            query.setDate(2, Date.valueOf(period.to()));
            query.setArray(3, connection.createArrayOf("text", councils.toArray()));
            query.setDate(4, Date.valueOf(period.to()));
            query.setDate(5, Date.valueOf(period.from()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.add(new BoardReport.DemoDays(rows.getString(1), rows.getDate(2).toLocalDate(),
                            rows.getDate(3).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the demo history", e);
        }
        return days;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> councils,
                                             ReportPeriod period) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        int next = PeriodRows.of(period).bind(query, 1);
        query.setArray(next, connection.createArrayOf("text", councils.toArray()));
        return query;
    }

    private static YearMonth month(Date first) {
        return first == null ? null : YearMonth.from(first.toLocalDate());
    }
}
