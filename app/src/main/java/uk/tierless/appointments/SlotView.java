package uk.tierless.appointments;

import java.time.Instant;

/** A bookable slot and how many places it has free (0: full). */
public record SlotView(String id, Instant start, Instant end, int free) {
}
