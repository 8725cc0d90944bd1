package uk.tierless.platform;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days and times as GOV.UK writes them, in London: "1 December 2026", "Tuesday 8 December 2026", "10:30am". For
 * templates too: {@code {key.createdAt.inWords}}.
 */
@TemplateExtension
public final class DatesInWords {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private DatesInWords() {
    }

    static String inWords(Instant instant) {
        return DATE.format(instant);
    }

    /** "Tuesday 8 December 2026". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "10:30am". */
    public static String time(LocalTime time) {
        return TIME.format(time).toLowerCase(Locale.UK);
    }

    /** The time of day in London of that instant: "10:30am". */
    public static String time(Instant at) {
        return time(at.atZone(LONDON).toLocalTime());
    }

    /** "5:30pm on Friday 8 January 2027". */
    public static String moment(Instant at) {
        return time(at) + " on " + day(at.atZone(LONDON).toLocalDate());
    }
}
