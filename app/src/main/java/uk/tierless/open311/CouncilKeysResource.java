package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;

/** A council's Open311 keys, for its own tenant administrators: issue (shown once), list, revoke. */
@Path("/api/v1/councils/{slug}/open311-keys")
public class CouncilKeysResource extends KeysResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Override
    Open311Keys.Owner owner(String slug) {
        councils.require(slug);
        return Open311Keys.Owner.council(slug);
    }

    @Override
    Staff manager(String slug) {
        return reach.adminOf(slug);
    }
}
