package uk.tierless.learning.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.learning.Classes;
import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Term;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A council's forecasts for the next term, a course at a time: every course with a term recorded before it, from
 * its history ({@link DemandHistory}), against the places the next term's classes offer.
 */
@ApplicationScoped
public class CourseForecasts {

    @Inject
    DemandHistory history;

    @Inject
    DemandSnapshots snapshots;

    @Inject
    Classes classes;

    /** The term the forecasts are for: the one after today's. */
    public Term nextTerm() {
        return snapshots.currentTerm().next();
    }

    /** Each course's forecast for the next term, in course code order. */
    public List<CourseForecast> of(String council) {
        Term next = nextTerm();
        Map<String, List<RecordedTerm>> byCourse = history.of(council).stream()
                .filter(recorded -> recorded.term().compareTo(next) < 0)
                .collect(Collectors.groupingBy(RecordedTerm::course, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> places = classes.demandIn(council, next).stream()
                .collect(Collectors.toMap(CourseDemand::course, CourseDemand::capacity, Integer::sum));
        return byCourse.entrySet().stream().map(course -> {
            List<PastTerm> past = course.getValue().stream().map(RecordedTerm::past).toList();
            int expected = DemandModel.expected(past, next.season().name());
            int capacity = places.getOrDefault(course.getKey(), 0);
            return new CourseForecast(course.getKey(), next, expected, capacity, Flag.of(expected, capacity),
                    course.getValue(), DemandModel.backtest(past));
        }).toList();
    }
}
