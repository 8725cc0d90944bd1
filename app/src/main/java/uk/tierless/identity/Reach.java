package uk.tierless.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;

/**
 * Who may reach what, one rule for every feature (docs/architecture.md, Reach): no token is a 401; an address that
 * names another council is a 403; an identifier of another council's record is a 404 (so identifiers cannot be
 * probed). Board members read their partnership's aggregates only; platform
 * administrators manage councils and data loads but read no council's personal data.
 */
@ApplicationScoped
public class Reach {

    @Inject
    CurrentStaff currentStaff;

    /** A caseworker or tenant administrator of this council, or a 401/403. */
    public Staff councilStaff(String council) {
        Staff staff = currentStaff.require();
        if (!staff.worksFor(council)) {
            throw ApiException.forbidden("Only staff of this council can see this.");
        }
        return staff;
    }

    /** A tenant administrator of their own council (the council comes from their token), or a 401/403. */
    public Staff councilAdmin() {
        Staff staff = currentStaff.require();
        if (!staff.administersOwnCouncil()) {
            throw ApiException.forbidden("Only your council's administrators can do this.");
        }
        return staff;
    }

    /**
     * A tenant administrator of exactly this council, or a 401/403: the address names the council, so a tenant
     * administrator of another council, a caseworker, a board member and a platform administrator are all refused.
     */
    public Staff adminOf(String council) {
        Staff staff = currentStaff.require();
        if (!staff.administersOwnCouncil() || !council.equals(staff.council())) {
            throw ApiException.forbidden("Only this council's administrators can do this.");
        }
        return staff;
    }

    /** A tenant administrator or finance staff of exactly this council (its money), or a 401/403. */
    public Staff financeOf(String council) {
        Staff staff = currentStaff.require();
        if (!staff.handlesMoneyOf(council)) {
            throw ApiException.forbidden("Only this council's administrators and finance staff can do this.");
        }
        return staff;
    }

    /** A platform administrator, or a 401/403. */
    public Staff platformAdmin() {
        Staff staff = currentStaff.require();
        if (!staff.has(StaffRole.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("Only platform administrators can do this.");
        }
        return staff;
    }
}
