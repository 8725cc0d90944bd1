package uk.tierless.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The charts of a report (each with its table, see {@link Chart}): trends by month, and councils side by side. */
final class BoardCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private BoardCharts() {
    }

    static Chart visitsByMonth(BoardReport report, String id) {
        return countsByMonth(report, id, "Visits by month", "Visits", Figures::visits);
    }

    static Chart requestsByMonth(BoardReport report, String id) {
        return countsByMonth(report, id, "Requests received by month", "Requests", Figures::requests);
    }

    static Chart onlineShareByMonth(BoardReport report, String id) {
        List<Chart.Point> points = report.channels().months().stream().map(month -> new Chart.Point(
                monthName(month.month()), month.onlineShare(), Shown.percent(month.onlineShare()))).toList();
        return SvgChart.trend(id, "Online share of requests by month", "Month", "Online share", points, 100.0);
    }

    static Chart visitsByCouncil(BoardReport report, String id) {
        return SvgChart.bars(id, "Visits by council", "Council", "Visits", report.councils().stream()
                .map(row -> point(row.council().name(), row.figures().visits())).toList());
    }

    static Chart requestsByCouncil(BoardReport report, String id) {
        return SvgChart.bars(id, "Requests received by council", "Council", "Requests", report.councils().stream()
                .map(row -> point(row.council().name(), row.figures().requests())).toList());
    }

    /** {@code 2026-07} as "July 2026". */
    static String monthName(String month) {
        return MONTH.format(YearMonth.parse(month));
    }

    private static Chart countsByMonth(BoardReport report, String id, String title, String heading,
                                       Function<Figures, Long> value) {
        List<Chart.Point> points = report.months().stream()
                .map(row -> point(monthName(row.month()), value.apply(row.figures()))).toList();
        return SvgChart.trend(id, title, "Month", heading, points, null);
    }

    private static Chart.Point point(String label, Long value) {
        return new Chart.Point(label, value == null ? null : value.doubleValue(), Shown.count(value));
    }
}
