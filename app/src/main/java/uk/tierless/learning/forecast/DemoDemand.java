package uk.tierless.learning.forecast;

import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's made-up history of Worcestershire's eight courses (docs/forecasts.md, Demo history): each course has a
 * usual demand a term, busier in autumn and quieter in summer, a trend (up for most, down for photography) and some
 * noise, seeded by the course and term so that it is the same on every run. The places offered follow the usual
 * demand, not the trend, in whole classes: so growing courses come to fill up and keep waiting lists, as they do.
 */
final class DemoDemand {

    /** The council whose courses these are (learning's demo programme, ops/demo/learning). */
    static final String COUNCIL = "worcestershire";

    /**
     * A course: its code, the places in one of its classes, its usual demand in a spring term, how many times that
     * autumn and summer bring, and how much it grows a term (0.05: 5% of the usual demand).
     */
    record Course(String code, int classSize, double usual, double autumn, double summer, double growth) {
    }

    static final List<Course> COURSES = List.of(
            new Course("ESOL-E1", 15, 28, 1.30, 0.60, 0.04),
            new Course("MATHS-FS", 12, 20, 1.35, 0.55, 0.01),
            new Course("DIGI-BEG", 10, 14, 1.25, 0.70, 0.03),
            new Course("ART-WC", 12, 20, 1.20, 0.80, 0.00),
            new Course("SPAN-BEG", 14, 16, 1.40, 0.60, 0.00),
            new Course("YOGA-GEN", 16, 24, 1.15, 0.85, 0.02),
            new Course("PHOTO-DIG", 10, 9, 1.25, 0.75, -0.05),
            new Course("COOK-BUD", 10, 16, 1.20, 0.70, 0.05));

    /** How much a term's demand strays from its course's mean: a standard deviation of 8%. */
    private static final double NOISE = 0.08;

    private DemoDemand() {
    }

    /** Every course's demand in each of these terms (oldest first): the same for the same terms on every run. */
    static List<CourseDemand> of(List<Term> terms) {
        List<CourseDemand> demands = new ArrayList<>();
        for (Course course : COURSES) {
            for (int index = 0; index < terms.size(); index++) {
                demands.add(demand(course, terms.get(index), index));
            }
        }
        return demands;
    }

    private static CourseDemand demand(Course course, Term term, int index) {
        double seasonal = course.usual() * season(course, term.season());
        double mean = seasonal * (1 + course.growth() * index);
        Random random = new Random(course.code().hashCode() * 1_000_003L + term.id().hashCode());
        int demand = (int) Math.max(0, Math.round(mean * (1 + NOISE * random.nextGaussian())));
        int capacity = (int) Math.max(1, Math.round(seasonal / course.classSize())) * course.classSize();
        int registrations = Math.min(demand, capacity);
        return new CourseDemand(course.code(), term.id(), registrations, demand - registrations, capacity);
    }

    private static double season(Course course, Term.Season season) {
        return switch (season) {
            case AUTUMN -> course.autumn();
            case SPRING -> 1.0;
            case SUMMER -> course.summer();
        };
    }
}
