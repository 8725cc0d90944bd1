package uk.tierless.learning.forecast;

import uk.tierless.learning.ClassView;
import uk.tierless.learning.CourseView;
import uk.tierless.learning.Term;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the forecast page shows (docs/forecasts.md): a line a course (by title), each course's history with the backtest's
 * forecast beside each term it checked, and the next term's classes of the flagged courses. Aggregates only.
 */
public record ForecastPageView(String councilName, String nextTerm, List<Course> courses, List<FlaggedClass> flaggedClasses,
                               String generatedUpTo) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    /** A course's forecast; error: the backtest's mean absolute error ("5.0"), in words in a sentence. */
    public record Course(String code, String title, String anchor, int expected, int capacity, String error,
                         String errorInWords, Flag flag, List<HistoryRow> history) {
    }

    /** A term of a course's history; forecast and error: the backtest's, blank for a term it did not check. */
    public record HistoryRow(String label, int registrations, int waiting, int demand, int capacity, String forecast,
                       String error) {
    }

    /** A class of the next term of a flagged course. */
    public record FlaggedClass(String course, String venue, String when, String starts, int capacity, int free, Flag flag) {
    }

    /** generatedUpTo: the last term of the demo's generated history shown, or null when none is. */
    static ForecastPageView of(String councilName, Term next, List<CourseForecast> forecasts,
                               List<CourseView> courses, List<ClassView> classes) {
        Map<String, String> titles = courses.stream().collect(Collectors.toMap(CourseView::code, CourseView::title, (a, b) -> a));
        Map<String, CourseForecast> byCode = forecasts.stream()
                .collect(Collectors.toMap(CourseForecast::course, Function.identity()));
        List<Course> shown = forecasts.stream().map(forecast -> course(forecast, titles))
                .sorted(Comparator.comparing(Course::title)).toList();
        List<FlaggedClass> flagged = classes.stream()
                .filter(view -> !view.cancelled() && view.term().equals(next.id()))
                .filter(view -> byCode.containsKey(view.course()) && byCode.get(view.course()).flag() != Flag.OK)
                .map(view -> new FlaggedClass(titles.getOrDefault(view.course(), view.course()), view.venue(),
                        view.day().getDisplayName(TextStyle.FULL, Locale.UK) + "s, " + TIME.format(view.startsAt()).toLowerCase(Locale.UK)
                                + " to " + TIME.format(view.endsAt()).toLowerCase(Locale.UK),
                        DAY.format(view.start()), view.capacity(), view.free(), byCode.get(view.course()).flag()))
                .toList();
        String generatedUpTo = forecasts.stream().flatMap(forecast -> forecast.history().stream())
                .filter(RecordedTerm::generated).map(RecordedTerm::term).max(Comparable::compareTo)
                .map(Term::label).orElse(null);
        return new ForecastPageView(councilName, next.label(), shown, flagged, generatedUpTo);
    }

    private static Course course(CourseForecast forecast, Map<String, String> titles) {
        Map<String, Backtest.Check> checks = forecast.backtest().checks().stream()
                .collect(Collectors.toMap(Backtest.Check::term, Function.identity()));
        List<HistoryRow> history = forecast.history().stream().map(recorded -> {
            Backtest.Check check = checks.get(recorded.term().id());
            return new HistoryRow(recorded.term().label(), recorded.registrations(), recorded.waiting(), recorded.demand(),
                    recorded.capacity(), check == null ? "" : Integer.toString(check.forecast()),
                    check == null ? "" : Integer.toString(check.absoluteError()));
        }).toList();
        String error = forecast.backtest().meanAbsoluteError().stream()
                .mapToObj(mean -> String.format(Locale.UK, "%.1f", mean)).findFirst().orElse(null);
        String errorInWords = error == null ? "not known until the course has four terms" : error + " learners";
        return new Course(forecast.course(), titles.getOrDefault(forecast.course(), forecast.course()),
                "course-" + forecast.course().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                forecast.expected(), forecast.capacity(), error == null ? "Not yet known" : error, errorInWords,
                forecast.flag(), history);
    }
}
