package uk.tierless.learning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A class of a course: its id is the class's code in the council's programme. fee and concessionFee are pence (null:
 * free, or no concession); free is the places left.
 */
public record ClassView(String id, String course, String courseTitle, String subject, String venue, String venuePostcode,
                        LocalDate start, int weeks, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, int capacity,
                        int free, Long fee, Long concessionFee, LocalDate registrationCloses, String term, boolean cancelled) {
}
