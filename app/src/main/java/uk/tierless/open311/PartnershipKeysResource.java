package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;

import java.util.List;

/**
 * A partnership's Open311 keys, for an app or a FixMyStreet serving the whole area: platform administrators issue
 * (shown once), list and revoke them, since no one council speaks for the others.
 */
@Path("/api/v1/partnerships/{slug}/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipKeysResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    Open311Keys keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("slug") String slug, CouncilKeysResource.KeyRequest request) {
        Staff admin = platformAdmin(slug);
        return Response.status(Response.Status.CREATED).entity(keys.issue(Open311Keys.Owner.partnership(slug),
                request == null ? null : request.client(), admin.username())).build();
    }

    @GET
    public List<Open311Keys.KeyView> list(@PathParam("slug") String slug) {
        platformAdmin(slug);
        return keys.of(Open311Keys.Owner.partnership(slug));
    }

    @DELETE
    @Path("/{id}")
    public Open311Keys.KeyView revoke(@PathParam("slug") String slug, @PathParam("id") String id) {
        Staff admin = platformAdmin(slug);
        return keys.revoke(Open311Keys.Owner.partnership(slug), id, admin.username());
    }

    private Staff platformAdmin(String slug) {
        if (councils.partnerships().stream().noneMatch(partnership -> partnership.slug().equals(slug))) {
            throw ApiException.notFound("There is no partnership with the slug '" + slug + "'.");
        }
        return reach.platformAdmin();
    }
}
