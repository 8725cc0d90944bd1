package uk.tierless.learning.forecast;

/**
 * A course's forecast as the API answers it (docs/forecasts.md): the course's code, the next term's id, the expected
 * demand, the places planned, the backtest's mean absolute error (null with fewer than four terms) and the flag.
 */
public record ForecastView(String course, String nextTerm, int expected, int capacity, Double backtestMeanAbsoluteError,
                           String flag) {

    static ForecastView of(CourseForecast forecast) {
        return new ForecastView(forecast.course(), forecast.nextTerm().id(), forecast.expected(), forecast.capacity(),
                forecast.backtest().meanAbsoluteError().stream().boxed().findFirst().orElse(null), forecast.flag().code());
    }
}
