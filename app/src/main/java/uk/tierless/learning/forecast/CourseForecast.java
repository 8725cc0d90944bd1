package uk.tierless.learning.forecast;

import uk.tierless.learning.Term;

import java.util.List;

/**
 * One course's forecast for the next term: the expected demand, the places planned, how they stand (flag), the
 * terms it was made from (oldest first) and the backtest over them.
 */
public record CourseForecast(String course, Term nextTerm, int expected, int capacity, Flag flag,
                             List<RecordedTerm> history, Backtest backtest) {
}
