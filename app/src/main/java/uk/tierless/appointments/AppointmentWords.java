package uk.tierless.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and times of appointments as GOV.UK writes them, in London: "Tuesday 8 December 2026", "10:30am". */
final class AppointmentWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private AppointmentWords() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(SlotGenerator.LONDON));
    }

    static LocalDate dayOf(Instant at) {
        return at.atZone(SlotGenerator.LONDON).toLocalDate();
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String day(Instant at) {
        return day(dayOf(at));
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(SlotGenerator.LONDON)).toLowerCase(Locale.UK);
    }

    /** "Tuesday 8 December 2026 at 10:30am". */
    static String when(Instant at) {
        return day(at) + " at " + time(at);
    }
}
