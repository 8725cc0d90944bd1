package uk.tierless.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

/**
 * A council's appointment setup (changeset 2026-12-05-10): the service booked at its register offices, the window
 * rule (so many days from a date answer), and the phone number residents call when no slot is left.
 */
@Entity
@Table(name = "appointment_settings")
public class AppointmentSettings extends TenantOwned {

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    /** The date question the window counts from, or null: no window rule. */
    @Column(name = "window_from_answer")
    public String windowFromAnswer;

    @Column(name = "window_days")
    public Integer windowDays;

    @Column(nullable = false)
    public String phone;

    static AppointmentSettings find() {
        return AppointmentSettings.<AppointmentSettings>findAll().firstResultOptional().orElse(null);
    }
}
