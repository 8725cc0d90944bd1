package uk.tierless.collections;

import uk.tierless.platform.DatesInWords;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Collections in words as GOV.UK writes days: "Recycling: Tuesday 9 December", changed days said so. */
final class BinDayWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private BinDayWords() {
    }

    /** "Tuesday 9 December" (the year only when it is not the year of {@code today}). */
    static String day(LocalDate day, LocalDate today) {
        return day.getYear() == today.getYear() ? DAY.format(day) : DatesInWords.day(day);
    }

    /** "Recycling: Tuesday 9 December", or with "(changed from Friday 25 December)" for a changed day. */
    static String describe(Schedule.Collection collection) {
        return collection.bin().label() + ": " + DatesInWords.day(collection.date())
                + (collection.changed() ? " (changed from " + DatesInWords.day(collection.usualDate()) + ")" : "");
    }
}
