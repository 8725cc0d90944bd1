package uk.tierless.learning.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The demand forecast of a course (docs/forecasts.md), kept simple enough to say on the page: the mean demand of the
 * last three terms, scaled by how busy the next term's season usually is (that season's mean demand over the mean of
 * every term in the history), rounded; with fewer than three terms, the mean of what there is. The arithmetic is in
 * whole numbers so that a half always rounds up, as on paper.
 */
public final class DemandModel {

    /** How many of the latest terms make the base of a forecast, and how many a backtested term needs before it. */
    static final int RECENT_TERMS = 3;

    private DemandModel() {
    }

    /**
     * The expected demand in a term of {@code season} after {@code history} (oldest first, not empty). A season the
     * history has never seen scales by 1.
     */
    public static int expected(List<PastTerm> history, String season) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("A forecast needs at least one past term.");
        }
        List<PastTerm> recent = history.subList(Math.max(0, history.size() - RECENT_TERMS), history.size());
        long recentSum = sum(recent);
        List<PastTerm> inSeason = history.stream().filter(term -> term.season().equals(season)).toList();
        long allSum = sum(history);
        if (inSeason.isEmpty() || allSum == 0) {
            return roundedQuotient(recentSum, recent.size());
        }
        // (recentSum / recent) x (seasonSum / inSeason) / (allSum / history), as one fraction.
        long numerator = recentSum * sum(inSeason) * history.size();
        long denominator = (long) recent.size() * inSeason.size() * allSum;
        return roundedQuotient(numerator, denominator);
    }

    /**
     * Each term with at least three before it, forecast from the terms before it alone (its seasonal index too), and
     * the mean absolute error of those forecasts.
     */
    public static Backtest backtest(List<PastTerm> history) {
        List<Backtest.Check> checks = new ArrayList<>();
        for (int index = RECENT_TERMS; index < history.size(); index++) {
            PastTerm actual = history.get(index);
            checks.add(new Backtest.Check(actual.term(), expected(history.subList(0, index), actual.season()), actual.demand()));
        }
        return new Backtest(checks);
    }

    private static long sum(List<PastTerm> terms) {
        return terms.stream().mapToLong(PastTerm::demand).sum();
    }

    /** numerator / denominator to the nearest whole number, a half up (both positive or a zero numerator). */
    private static int roundedQuotient(long numerator, long denominator) {
        return Math.toIntExact((2 * numerator + denominator) / (2 * denominator));
    }
}
