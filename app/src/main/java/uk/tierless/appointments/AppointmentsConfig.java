package uk.tierless.appointments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Appointments' settings (docs/bookings.md); each can be set by environment, e.g. TIERLESS_APPOINTMENTS_HORIZON_DAYS. */
@ConfigMapping(prefix = "tierless.appointments")
public interface AppointmentsConfig {

    /** How many days ahead, from today, slots are generated from the offices' rules. */
    @WithDefault("60")
    int horizonDays();

    /** How often slots are generated again, so the horizon rolls on (also at start and after each admin change). */
    @WithDefault("6h")
    String generateEvery();

    /** How often the reminder job looks for appointments tomorrow not yet reminded. */
    @WithDefault("15m")
    String remindEvery();
}
