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
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;

import java.util.List;

/** A council's Open311 keys, for its own tenant administrators: issue (shown once), list, revoke. */
@Path("/api/v1/councils/{slug}/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilKeysResource {

    /** What to issue a key for. */
    public record KeyRequest(String client) {
    }

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    Open311Keys keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("slug") String slug, KeyRequest request) {
        Staff admin = adminOf(slug);
        return Response.status(Response.Status.CREATED).entity(keys.issue(Open311Keys.Owner.council(slug),
                request == null ? null : request.client(), admin.username())).build();
    }

    @GET
    public List<Open311Keys.KeyView> list(@PathParam("slug") String slug) {
        adminOf(slug);
        return keys.of(Open311Keys.Owner.council(slug));
    }

    @DELETE
    @Path("/{id}")
    public Open311Keys.KeyView revoke(@PathParam("slug") String slug, @PathParam("id") String id) {
        Staff admin = adminOf(slug);
        return keys.revoke(Open311Keys.Owner.council(slug), id, admin.username());
    }

    private Staff adminOf(String slug) {
        councils.require(slug);
        return reach.adminOf(slug);
    }
}
