package uk.tierless.learning;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An adult-learning term: spring (classes starting January to March), summer (April to August) or autumn
 * (September to December) of a year. Stored and sent as its {@link #id()}, "2027-spring"; shown as its
 * {@link #label()}, "Spring 2027".
 */
public record Term(int year, Season season) implements Comparable<Term> {

    /** The seasons in their order within a year. */
    public enum Season {
        SPRING, SUMMER, AUTUMN;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern ID = Pattern.compile("(\\d{4})-(spring|summer|autumn)");

    /** The term a class starting on this day belongs to. */
    public static Term of(LocalDate classStart) {
        int month = classStart.getMonthValue();
        return new Term(classStart.getYear(), month <= 3 ? Season.SPRING : month <= 8 ? Season.SUMMER : Season.AUTUMN);
    }

    /** A term from its id, "2027-spring". */
    public static Term parse(String text) {
        Matcher id = ID.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!id.matches()) {
            throw new IllegalArgumentException("A term is written as a year and a season, like 2027-spring, 2027-summer"
                    + " or 2027-autumn, not ‘" + text + "’.");
        }
        return new Term(Integer.parseInt(id.group(1)), Season.valueOf(id.group(2).toUpperCase(Locale.ROOT)));
    }

    public Term next() {
        return season == Season.AUTUMN ? new Term(year + 1, Season.SPRING) : new Term(year, Season.values()[season.ordinal() + 1]);
    }

    public Term previous() {
        return season == Season.SPRING ? new Term(year - 1, Season.AUTUMN) : new Term(year, Season.values()[season.ordinal() - 1]);
    }

    public String id() {
        return year + "-" + season.word();
    }

    public String label() {
        return Character.toUpperCase(season.word().charAt(0)) + season.word().substring(1) + " " + year;
    }

    @Override
    public int compareTo(Term other) {
        return year != other.year ? Integer.compare(year, other.year) : season.compareTo(other.season);
    }
}
