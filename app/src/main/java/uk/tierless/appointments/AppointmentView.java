package uk.tierless.appointments;

import java.time.Instant;

/** A request's appointment; state: booked, attended, no_show or cancelled. */
public record AppointmentView(String slot, Instant start, Instant end, OfficeView office, String state) {
}
