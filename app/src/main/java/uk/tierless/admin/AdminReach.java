package uk.tierless.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.PartnershipView;

/** Who reaches the administration API's addresses: a council's own tenant administrators, by the council in the URL. */
@ApplicationScoped
class AdminReach {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    /** A tenant administrator of the council the address names: 404 unknown council, 401 no token, 403 anyone else. */
    Staff ownCouncil(String slug) {
        councils.require(slug);
        return reach.adminOf(slug);
    }

    /** A tenant administrator of a member council of the partnership the address names, else a 404, 401 or 403. */
    Staff partnershipMember(String partnership) {
        PartnershipView found = councils.partnerships().stream().filter(p -> p.slug().equals(partnership)).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no partnership with the slug '" + partnership + "'."));
        Staff admin = reach.councilAdmin();
        if (!found.members().contains(admin.council())) {
            throw ApiException.forbidden("Only administrators of this partnership's councils can see its shared services.");
        }
        return admin;
    }
}
