package uk.tierless.appointments;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The one query shape for slots with their free places: {@link #SELECT}, then the caller's where and grouping by s.id. */
final class OpenSlots {

    /** Live bookings (those holding a place) counted against each slot's places. */
    static final String SELECT = "select cast(s.id as text), s.starts_at, s.ends_at, greatest(s.places - count(b.id), 0)"
            + " from appointment_slots s left join appointment_bookings b"
            + " on b.tenant_id = s.tenant_id and b.slot_id = s.id and b.place is not null";

    private OpenSlots() {
    }

    static SlotView view(Object[] row) {
        return new SlotView((String) row[0], instant(row[1]), instant(row[2]), ((Number) row[3]).intValue());
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
