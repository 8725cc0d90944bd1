package uk.tierless.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.PartnershipView;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the staff header ({@code templates/tags/staffHeader.html}) shows of the signed-in person, read by the
 * template as {@code inject:staffHeader}: so every staff page gets it without each resource passing it on.
 */
@Named("staffHeader")
@RequestScoped
public class StaffHeader {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CouncilDirectory councils;

    @Inject
    @Any
    Instance<StaffLinks> featureLinks;

    public boolean signedIn() {
        return currentStaff.get().isPresent();
    }

    /** The name from the token (never the email or username when the token has a name). */
    public String displayName() {
        return currentStaff.get().map(Staff::displayName).orElse("");
    }

    /** The council the person works for, or a board member's partnership. */
    public String organisation() {
        Optional<Staff> staff = currentStaff.get();
        Optional<String> council = staff.flatMap(Staff::councilSlug).flatMap(councils::bySlug).map(CouncilView::name);
        if (council.isPresent()) {
            return council.get();
        }
        return staff.map(Staff::partnership).flatMap(slug -> councils.partnerships().stream()
                .filter(p -> p.slug().equals(slug)).findFirst()).map(PartnershipView::name).orElse("Council staff");
    }

    public boolean mayUseWorkQueue() {
        return currentStaff.get().map(Staff::worksForOwnCouncil).orElse(false);
    }

    /** The same rule as the dead-letter pages' {@link Reach#councilAdmin()}. */
    public boolean mayReadDeadLetters() {
        return currentStaff.get().map(Staff::administersOwnCouncil).orElse(false);
    }

    /**
     * The board's reports under /board: board members (their partnership), council staff (their council's figures)
     * and platform administrators (every partnership).
     */
    public boolean mayReadReports() {
        return currentStaff.get().map(staff -> staff.sitsOnBoard() || staff.worksForOwnCouncil()
                || staff.has(StaffRole.PLATFORM_ADMIN)).orElse(false);
    }

    /** Tenant administrators and finance staff of their own council: its payments' reconciliation. */
    public boolean mayReconcile() {
        return currentStaff.get().map(staff -> staff.council() != null && staff.handlesMoneyOf(staff.council()))
                .orElse(false);
    }

    /** Tenant administrators of their own council: the administration pages under /admin are theirs. */
    public boolean mayAdminister() {
        return currentStaff.get().map(Staff::administersOwnCouncil).orElse(false);
    }

    /** The features' own pages for the signed-in person's work (appointments, classes, forecasts), by label. */
    public List<StaffLinks.StaffLink> workLinks() {
        return linksWhere(false);
    }

    /** The features' own administration pages for the signed-in tenant administrator, by label. */
    public List<StaffLinks.StaffLink> administrationLinks() {
        return linksWhere(true);
    }

    private List<StaffLinks.StaffLink> linksWhere(boolean administration) {
        return currentStaff.get().map(staff -> featureLinks.stream().flatMap(feature -> feature.linksFor(staff).stream())
                .filter(link -> link.administration() == administration)
                .sorted(Comparator.comparing(StaffLinks.StaffLink::label)).toList()).orElse(List.of());
    }
}
