package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;

/**
 * A partnership's Open311 keys, for an app or a FixMyStreet serving the whole area: platform administrators issue
 * (shown once), list and revoke them, since no one council speaks for the others.
 */
@Path("/api/v1/partnerships/{slug}/open311-keys")
public class PartnershipKeysResource extends KeysResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Override
    Open311Keys.Owner owner(String slug) {
        if (councils.partnerships().stream().noneMatch(partnership -> partnership.slug().equals(slug))) {
            throw ApiException.notFound("There is no partnership with the slug '" + slug + "'.");
        }
        return Open311Keys.Owner.partnership(slug);
    }

    @Override
    Staff manager(String slug) {
        return reach.platformAdmin();
    }
}
