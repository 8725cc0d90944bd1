package uk.tierless.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * When an office takes appointments on one day of the week (changeset 2026-12-05-10): from {@code opens} to
 * {@code closes}, slots of {@code slotMinutes}, each with a place per registrar. A day without a rule has no slots.
 */
@Entity
@Table(name = "appointment_rules")
public class OfficeRule extends TenantOwned {

    @Column(name = "office_id", nullable = false, updatable = false)
    public UUID officeId;

    /** ISO day of the week: 1 Monday to 7 Sunday. */
    @Column(name = "day_of_week", nullable = false, updatable = false)
    public int dayOfWeek;

    @Column(nullable = false)
    public LocalTime opens;

    @Column(nullable = false)
    public LocalTime closes;

    @Column(name = "slot_minutes", nullable = false)
    public int slotMinutes;

    @Column(nullable = false)
    public int registrars;

    DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    static List<OfficeRule> of(UUID officeId) {
        return OfficeRule.list("officeId = ?1 order by dayOfWeek", officeId);
    }
}
