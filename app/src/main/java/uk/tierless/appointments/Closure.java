package uk.tierless.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Days an office (or, with no office, every office of the council) takes no appointments, first to last day
 * inclusive (changeset 2026-12-05-10). Bank holidays need no closure: slot generation skips them.
 */
@Entity
@Table(name = "appointment_closures")
public class Closure extends TenantOwned {

    /** Null: every office of the council. */
    @Column(name = "office_id", updatable = false)
    public UUID officeId;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Column(nullable = false)
    public String reason;

    boolean closes(UUID office, LocalDate day) {
        return (officeId == null || officeId.equals(office)) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
