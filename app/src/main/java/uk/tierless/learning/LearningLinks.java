package uk.tierless.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffLinks;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.Tier;

import java.util.ArrayList;
import java.util.List;

/**
 * The adult-learning pages in the staff header: a council's class lists and its courses' forecast for its staff,
 * once it has a programme; the programme's page for its tenant administrators, and for a county's before its first
 * programme is imported (adult learning is a county or unitary council's).
 */
@ApplicationScoped
public class LearningLinks implements StaffLinks {

    @Inject
    Classes classes;

    @Inject
    CouncilDirectory councils;

    @Override
    public List<StaffLink> linksFor(Staff staff) {
        if (!staff.worksForOwnCouncil()) {
            return List.of();
        }
        boolean hasProgramme = classes.takes(staff.council(), Classes.SERVICE);
        List<StaffLink> links = new ArrayList<>();
        if (hasProgramme) {
            links.add(new StaffLink("classes", "Classes", "/staff/classes", false));
            links.add(new StaffLink("forecasts", "Forecasts", "/staff/forecasts", false));
        }
        if (staff.administersOwnCouncil() && (hasProgramme
                || councils.bySlug(staff.council()).map(council -> council.tier() != Tier.DISTRICT).orElse(false))) {
            links.add(new StaffLink("programme", "Programme", "/admin/classes", true));
        }
        return links;
    }
}
