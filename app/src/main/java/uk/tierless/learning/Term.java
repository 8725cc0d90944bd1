package uk.tierless.learning;

import java.time.LocalDate;
import java.util.Locale;

/** An adult-learning term: AUTUMN (starts Sep-Dec), SPRING (Jan-Mar), SUMMER (Apr-Aug), of a year. */
public record Term(int year, Season season) implements Comparable<Term> {

    /** The order within a year. */
    public enum Season { SPRING, SUMMER, AUTUMN }

    public static Term of(LocalDate classStart) {
        int month = classStart.getMonthValue();
        Season season = month <= 3 ? Season.SPRING : month <= 8 ? Season.SUMMER : Season.AUTUMN;
        return new Term(classStart.getYear(), season);
    }

    /** "2027-spring"; IllegalArgumentException with a clear message. */
    public static Term parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("-", 2);
        try {
            return new Term(Integer.parseInt(parts[0]), Season.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("A term is a year and a season, like 2027-spring (spring, summer or autumn), not \""
                    + text + "\"");
        }
    }

    public Term next() {
        return season == Season.AUTUMN ? new Term(year + 1, Season.SPRING) : new Term(year, Season.values()[season.ordinal() + 1]);
    }

    public Term previous() {
        return season == Season.SPRING ? new Term(year - 1, Season.AUTUMN) : new Term(year, Season.values()[season.ordinal() - 1]);
    }

    /** "2027-spring" (what tables and the API store). */
    public String id() {
        return year + "-" + season.name().toLowerCase(Locale.ROOT);
    }

    /** "Spring 2027". */
    public String label() {
        String name = season.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + year;
    }

    @Override
    public int compareTo(Term other) {
        return year != other.year ? Integer.compare(year, other.year) : season.compareTo(other.season);
    }
}
