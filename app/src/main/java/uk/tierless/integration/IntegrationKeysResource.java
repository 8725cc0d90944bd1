package uk.tierless.integration;

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

/** A council's integration keys, for its own tenant administrators: issue (shown once), list, revoke. */
@Path("/api/v1/councils/{slug}/integration-keys")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationKeysResource {

    /** What to issue a key for: the back office's name. */
    public record KeyRequest(String client) {
    }

    @Inject
    IntegrationKeys keys;

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("slug") String slug, KeyRequest request) {
        Staff admin = admin(slug);
        return Response.status(Response.Status.CREATED)
                .entity(keys.issue(slug, request == null ? null : request.client(), admin.username())).build();
    }

    @GET
    public List<IntegrationKeys.KeyView> list(@PathParam("slug") String slug) {
        admin(slug);
        return keys.of(slug);
    }

    @DELETE
    @Path("/{id}")
    public IntegrationKeys.KeyView revoke(@PathParam("slug") String slug, @PathParam("id") String id) {
        return keys.revoke(slug, id, admin(slug).username());
    }

    /** The council's own tenant administrator: an unknown council is a 404 first, as for its Open311 keys. */
    private Staff admin(String slug) {
        councils.require(slug);
        return reach.adminOf(slug);
    }
}
