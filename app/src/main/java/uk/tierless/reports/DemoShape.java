package uk.tierless.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;

/**
 * The shape of the demo history: how busy each service is, how the week and the seasons move it, how fast it is
 * closed, and the seeded randomness that makes every figure the same on every run. Made-up, but in proportion.
 */
final class DemoShape {

    /**
     * One service's demo figures: requests a day at a council of size 1, its target in working days, how often its
     * tile is opened per visit, the share made online at the start and the end of the year, and its busy months.
     */
    record Service(double requestsPerDay, int targetDays, double opensPerVisit, double onlineFrom, double onlineTo,
                   double winter, double summer) {
    }

    private static final Service USUAL = new Service(1.0, 5, 0.02, 0.60, 0.75, 1.0, 1.0);

    /** Certificates were about 70% online at Worcestershire all year; potholes come with the frost. */
    private static final Map<String, Service> SERVICES = Map.ofEntries(
            Map.entry("missed-bin", new Service(7.0, 2, 0.08, 0.60, 0.75, 1.2, 1.1)),
            Map.entry("bin-collection-day", new Service(0, 5, 0.12, 0.60, 0.75, 1.3, 1.0)),
            Map.entry("assisted-collection", new Service(0.4, 10, 0.01, 0.45, 0.60, 1.0, 1.0)),
            Map.entry("additional-bin", new Service(0.9, 10, 0.015, 0.60, 0.75, 0.9, 1.1)),
            Map.entry("new-bin", new Service(2.0, 10, 0.03, 0.60, 0.75, 1.0, 1.0)),
            Map.entry("fly-tipping", new Service(2.5, 5, 0.03, 0.55, 0.72, 0.8, 1.3)),
            Map.entry("dog-fouling", new Service(0.8, 5, 0.01, 0.60, 0.75, 1.2, 0.9)),
            Map.entry("abandoned-vehicle", new Service(0.5, 10, 0.008, 0.50, 0.70, 1.0, 1.0)),
            Map.entry("council-tax-balance", new Service(1.2, 5, 0.05, 0.60, 0.78, 1.0, 0.9)),
            Map.entry("council-tax-payment", new Service(0, 5, 0.07, 0.60, 0.75, 1.0, 0.9)),
            Map.entry("single-person-discount", new Service(0.9, 10, 0.02, 0.60, 0.76, 1.0, 1.0)),
            Map.entry("moving-home", new Service(1.5, 5, 0.03, 0.62, 0.78, 0.8, 1.3)),
            Map.entry("leisure", new Service(0, 5, 0.04, 0.60, 0.75, 0.9, 1.2)),
            Map.entry("local-events", new Service(0, 5, 0.03, 0.60, 0.75, 0.8, 1.4)),
            Map.entry("report-pothole", new Service(9.0, 10, 0.05, 0.55, 0.72, 1.7, 0.7)),
            Map.entry("school-term-dates", new Service(0, 5, 0.03, 0.60, 0.75, 1.0, 1.2)),
            Map.entry("school-closures", new Service(0, 5, 0.02, 0.60, 0.75, 1.8, 0.5)),
            Map.entry("register-birth", new Service(2.0, 5, 0.02, 0.68, 0.72, 1.0, 1.1)),
            Map.entry("copy-certificate", new Service(2.5, 5, 0.02, 0.68, 0.72, 1.0, 1.0)),
            Map.entry("adult-learning", new Service(1.5, 10, 0.02, 0.60, 0.75, 1.2, 0.8)),
            Map.entry("library-renewal", new Service(4.0, 1, 0.04, 0.65, 0.80, 1.1, 0.9)));

    /** Monday is the busiest day, the weekend the quietest. */
    private static final Map<DayOfWeek, Double> WEEK = Map.of(DayOfWeek.MONDAY, 1.3, DayOfWeek.TUESDAY, 1.15,
            DayOfWeek.WEDNESDAY, 1.1, DayOfWeek.THURSDAY, 1.05, DayOfWeek.FRIDAY, 0.95, DayOfWeek.SATURDAY, 0.55,
            DayOfWeek.SUNDAY, 0.45);

    private DemoShape() {
    }

    static Service service(String code) {
        return SERVICES.getOrDefault(code, USUAL);
    }

    /** How many times busier than usual a day is for every service: Monday the most, Sunday the least. */
    static double weekday(LocalDate day) {
        return WEEK.get(day.getDayOfWeek());
    }

    /** How many times busier than usual this service is in this day's season. */
    static double season(Service service, LocalDate day) {
        // 1 in mid-January, 0 in mid-July.
        double winterness = (1 + Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.0)) / 2;
        return winterness * service.winter() + (1 - winterness) * service.summer();
    }

    /** The share of requests made online on this day: it rises through the history, from onlineFrom to onlineTo. */
    static double onlineShare(Service service, LocalDate day, LocalDate first, LocalDate last) {
        double progress = (double) ChronoUnit.DAYS.between(first, day) / Math.max(1, ChronoUnit.DAYS.between(first, last));
        return service.onlineFrom() + (service.onlineTo() - service.onlineFrom()) * progress;
    }

    /** A council's size against the others, from 0.6 to 1.4: the same for a slug on every run. */
    static double size(String council) {
        return 0.6 + Math.floorMod(council.hashCode(), 81) / 100.0;
    }

    /** The randomness of one council (or partnership) on one day: the same on every run. */
    static Random random(String key, LocalDate day) {
        return new Random(key.hashCode() * 1_000_003L + day.toEpochDay());
    }

    /** A Poisson count with this mean (Knuth's method; a normal approximation for large means). */
    static int poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** The day that is this many working days (Monday to Friday) after {@code day}. */
    static LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        LocalDate result = day;
        for (int left = workingDays; left > 0; ) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }
}
