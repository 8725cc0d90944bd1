package uk.tierless.reports;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period's rows as a report reads them: its whole months from a monthly table, and only the days before the first
 * whole month and after the last from the daily one, so a quarter is three rows a cell rather than ninety. A monthly
 * row's {@code day} is the first of its month.
 */
final class PeriodRows {

    private final LocalDate firstMonth;
    private final LocalDate lastMonth;
    private final LocalDate[] days;

    private PeriodRows(LocalDate firstMonth, LocalDate lastMonth, LocalDate... days) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.days = days;
    }

    static PeriodRows of(ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            // No whole month: every day from the daily table, and no month (an empty range either side).
            return new PeriodRows(firstWhole, firstWhole.minusMonths(1), from, to, to.plusDays(1), to);
        }
        return new PeriodRows(firstWhole, lastWholeEnd.withDayOfMonth(1), from, firstWhole.minusDays(1),
                lastWholeEnd.plusDays(1), to);
    }

    /** A subquery of {@code columns} (with {@code day} first) over both tables, for the six dates of {@link #bind}. */
    String from(String daily, String monthly, String columns) {
        return "(select month as day, " + columns + " from " + monthly + " where month between ? and ?"
                + " union all select day, " + columns + " from " + daily
                + " where day between ? and ? or day between ? and ?) as period_rows";
    }

    /** Binds the subquery's six dates from {@code index}; answers the next index. */
    int bind(PreparedStatement query, int index) throws SQLException {
        query.setDate(index, Date.valueOf(firstMonth));
        query.setDate(index + 1, Date.valueOf(lastMonth));
        for (int i = 0; i < days.length; i++) {
            query.setDate(index + 2 + i, Date.valueOf(days[i]));
        }
        return index + 2 + days.length;
    }
}
