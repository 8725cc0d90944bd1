package uk.tierless.appointments;

import uk.tierless.platform.DatesInWords;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Days and times of appointments in London, in GOV.UK's words ({@link DatesInWords}). */
final class AppointmentWords {

    private AppointmentWords() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(SlotGenerator.LONDON));
    }

    static LocalDate dayOf(Instant at) {
        return at.atZone(SlotGenerator.LONDON).toLocalDate();
    }

    static String day(LocalDate day) {
        return DatesInWords.day(day);
    }

    static String day(Instant at) {
        return day(dayOf(at));
    }

    static String time(Instant at) {
        return DatesInWords.time(at);
    }

    /** "Tuesday 8 December 2026 at 10:30am". */
    static String when(Instant at) {
        return day(at) + " at " + time(at);
    }
}
