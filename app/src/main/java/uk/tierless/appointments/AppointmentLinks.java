package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffLinks;
import uk.tierless.tenancy.TenantScope;

import java.util.ArrayList;
import java.util.List;

/**
 * The appointment pages in the staff header, for a council that books appointments: its day lists for its staff,
 * its setup for its tenant administrators.
 */
@ApplicationScoped
public class AppointmentLinks implements StaffLinks {

    @Inject
    TenantScope tenantScope;

    @Override
    public List<StaffLink> linksFor(Staff staff) {
        if (!staff.worksForOwnCouncil() || !tenantScope.call(staff.council(), () -> AppointmentSettings.find() != null)) {
            return List.of();
        }
        List<StaffLink> links = new ArrayList<>(List.of(new StaffLink("appointments", "Appointments",
                "/staff/appointments", false)));
        if (staff.administersOwnCouncil()) {
            links.add(new StaffLink("appointment-setup", "Appointment setup", "/admin/appointments", true));
        }
        return links;
    }
}
