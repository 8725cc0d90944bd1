package uk.tierless.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A request's appointment (changeset 2026-12-05-10): one per request, moved in place (its {@code sequence} grows,
 * for the calendar file) and kept when cancelled. It holds a place of its slot while live; cancelled, its place is
 * null and free for another.
 */
@Entity
@Table(name = "appointment_bookings")
public class AppointmentBooking extends TenantOwned {

    static final String BOOKED = "booked";
    static final String ATTENDED = "attended";
    static final String NO_SHOW = "no_show";
    static final String CANCELLED = "cancelled";

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(name = "slot_id", nullable = false)
    public UUID slotId;

    public Short place;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int sequence;

    /** The last day of the booking's window (the 42 days from the baby's birth), or null: no window rule. */
    @Column(name = "last_day")
    public LocalDate lastDay;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    static Optional<AppointmentBooking> ofRequest(UUID requestId) {
        return AppointmentBooking.find("requestId", requestId).firstResultOptional();
    }
}
