package uk.tierless.learning;

import uk.tierless.platform.DatesInWords;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/** A class in words, as GOV.UK writes dates ({@link DatesInWords}): for acknowledgements, messages and pages. */
public final class ClassWords {

    private ClassWords() {
    }

    static String day(LocalDate day) {
        return DatesInWords.day(day);
    }

    /** "5:30pm on Friday 8 January 2027". */
    static String moment(Instant instant) {
        return DatesInWords.moment(instant);
    }

    /** "Mondays" */
    static String weekly(DayOfWeek day) {
        return ProgrammeFile.label(day) + "s";
    }

    /** A place's state as the learner reads it. */
    static String state(Registration registration) {
        return switch (registration.state()) {
            case Place.REGISTERED -> "Registered";
            case Place.WAITING -> "On the waiting list: number " + registration.position();
            case Place.OFFERED -> "Offered to you until " + moment(registration.offeredUntil());
            default -> "Cancelled";
        };
    }

    /** "Computers for beginners at Malvern Library" */
    public static String title(ClassView taught) {
        return taught.courseTitle() + " at " + taught.venue();
    }

    /** "Mondays, 14:00 to 16:00, for 6 weeks from Monday 11 January 2027" */
    public static String when(ClassView taught) {
        return weekly(taught.day()) + ", " + taught.startsAt() + " to " + taught.endsAt() + ", for " + taught.weeks()
                + (taught.weeks() == 1 ? " week" : " weeks") + " from " + day(taught.start());
    }
}
