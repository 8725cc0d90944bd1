package uk.tierless.reports;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One figure of a report's totals beside the period before and the same period a year before, each change written
 * as {@link Shown} does ("+12 (+5.0%)", "−1.5 points").
 */
public record Compared(String figure, String now, String previous, String previousChange, String yearBefore,
                       String yearBeforeChange) {

    static Compared count(String figure, BoardReport report, Function<Figures, Long> value) {
        return of(figure, report, value, Shown::count, Shown::change);
    }

    static Compared percent(String figure, BoardReport report, Function<Figures, Double> value) {
        return of(figure, report, value, Shown::percent, Shown::pointsChange);
    }

    static Compared days(String figure, BoardReport report, Function<Figures, Integer> value) {
        return of(figure, report, value, Shown::days, Compared::dayChange);
    }

    private static <T> Compared of(String figure, BoardReport report, Function<Figures, T> value,
                                   Function<T, String> shown, BiFunction<T, T, String> change) {
        T now = value.apply(report.totals());
        T previous = value.apply(report.previous());
        T yearBefore = value.apply(report.yearBefore());
        return new Compared(figure, shown.apply(now), shown.apply(previous), change.apply(now, previous),
                shown.apply(yearBefore), change.apply(now, yearBefore));
    }

    private static String dayChange(Integer now, Integer before) {
        return now == null || before == null ? Shown.NONE : Shown.change(now.longValue(), before.longValue());
    }
}
