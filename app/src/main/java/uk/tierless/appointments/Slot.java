package uk.tierless.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment time at an office (changeset 2026-12-05-10), with a place per registrar (the place rows, which
 * bookings hold). Generated from the office's rules; a slot the rules no longer make is withdrawn (never deleted, so
 * its bookings stay); staff block a slot with a reason. Residents are offered slots neither withdrawn nor blocked.
 */
@Entity
@Table(name = "appointment_slots")
public class Slot extends TenantOwned {

    @Column(name = "office_id", nullable = false, updatable = false)
    public UUID officeId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public int places;

    @Column(nullable = false)
    public boolean withdrawn;

    @Column(name = "blocked_reason")
    public String blockedReason;

    @Column(name = "blocked_by")
    public String blockedBy;

    boolean offered() {
        return !withdrawn && blockedReason == null;
    }
}
