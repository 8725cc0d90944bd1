package uk.tierless.learning.forecast;

import java.util.List;
import java.util.OptionalDouble;

/** How the model would have done on a course's past terms: each forecast against what came. */
public record Backtest(List<Check> checks) {

    /** The forecast for a past term made from the terms before it, and the demand that term had. */
    public record Check(String term, int forecast, int actual) {
        public int absoluteError() {
            return Math.abs(forecast - actual);
        }
    }

    /** The mean absolute error to one decimal place (a half up); empty when no term could be backtested. */
    public OptionalDouble meanAbsoluteError() {
        if (checks.isEmpty()) {
            return OptionalDouble.empty();
        }
        long errors = checks.stream().mapToLong(Check::absoluteError).sum();
        // errors / checks in tenths, rounded half up.
        long tenths = (20 * errors + checks.size()) / (2L * checks.size());
        return OptionalDouble.of(tenths / 10.0);
    }
}
