package uk.tierless.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffRole;
import uk.tierless.tenancy.CouncilView;

/**
 * Who reads which report (docs/reports.md, API): no token 401; an unknown partnership or council 404; a board
 * member their own partnership (from the token) and its councils; a tenant administrator their own council's; a
 * caseworker their own council's operational figures only (no use, no savings); a platform administrator every
 * report; anyone else 403.
 */
@ApplicationScoped
public class ReportReach {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    BoardReports reports;

    /** What the person asking may see of a council's report. */
    public enum View {
        WHOLE, OPERATIONAL_ONLY;

        public BoardReport of(BoardReport report) {
            return this == WHOLE ? report : report.operationalOnly();
        }
    }

    /** How much of this council's report the person asking may see, or a 401/404/403. */
    public View council(String slug) {
        Staff staff = currentStaff.require();
        CouncilView council = reports.requireMember(slug);
        boolean board = staff.has(StaffRole.BOARD) && council.partnership().equals(staff.partnership());
        boolean ownCouncil = slug.equals(staff.council());
        if (staff.has(StaffRole.PLATFORM_ADMIN) || board || (ownCouncil && staff.has(StaffRole.TENANT_ADMIN))) {
            return View.WHOLE;
        }
        if (ownCouncil && staff.has(StaffRole.CASEWORKER)) {
            return View.OPERATIONAL_ONLY;
        }
        throw ApiException.forbidden("Only this council's staff, its partnership's board and platform administrators"
                + " can see this council's report.");
    }

    /** The board of this partnership or a platform administrator, or a 401/404/403. */
    public Staff partnershipBoard(String slug) {
        Staff staff = currentStaff.require();
        reports.requirePartnership(slug);
        boolean board = staff.has(StaffRole.BOARD) && slug.equals(staff.partnership());
        if (!board && !staff.has(StaffRole.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("Only this partnership's board and platform administrators can see this.");
        }
        return staff;
    }
}
