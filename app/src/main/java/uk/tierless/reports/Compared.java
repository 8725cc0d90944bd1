package uk.tierless.reports;

import java.util.function.Function;

/**
 * One figure of a report's totals beside the period before and the same period a year before, each change written
 * as {@link Shown} does ("+12 (+5.0%)", "−1.5 points").
 */
public record Compared(String figure, String now, String previous, String previousChange, String yearBefore,
                       String yearBeforeChange) {

    static Compared count(String figure, BoardReport report, Function<Figures, Long> value) {
        Long now = value.apply(report.totals());
        Long previous = value.apply(report.previous());
        Long yearBefore = value.apply(report.yearBefore());
        return new Compared(figure, Shown.count(now), Shown.count(previous), Shown.change(now, previous),
                Shown.count(yearBefore), Shown.change(now, yearBefore));
    }

    static Compared percent(String figure, BoardReport report, Function<Figures, Double> value) {
        Double now = value.apply(report.totals());
        Double previous = value.apply(report.previous());
        Double yearBefore = value.apply(report.yearBefore());
        return new Compared(figure, Shown.percent(now), Shown.percent(previous), Shown.pointsChange(now, previous),
                Shown.percent(yearBefore), Shown.pointsChange(now, yearBefore));
    }

    static Compared days(String figure, BoardReport report, Function<Figures, Integer> value) {
        Integer now = value.apply(report.totals());
        Integer previous = value.apply(report.previous());
        Integer yearBefore = value.apply(report.yearBefore());
        return new Compared(figure, Shown.days(now), Shown.days(previous), dayChange(now, previous),
                Shown.days(yearBefore), dayChange(now, yearBefore));
    }

    private static String dayChange(Integer now, Integer before) {
        return now == null || before == null ? Shown.NONE : Shown.change(now.longValue(), before.longValue());
    }
}
