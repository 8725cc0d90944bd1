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
import uk.tierless.identity.Staff;

import java.util.List;

/**
 * Issue (shown once), list and revoke the Open311 keys of the owner that the path's slug names; each subclass says
 * which owner that is and who may manage its keys.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class KeysResource {

    /** What to issue a key for. */
    public record KeyRequest(String client) {
    }

    @Inject
    Open311Keys keys;

    /** The owner the slug names; a 404 when it names none. */
    abstract Open311Keys.Owner owner(String slug);

    /** The caller, when they may manage the owner's keys; a 401 or 403 otherwise. */
    abstract Staff manager(String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("slug") String slug, KeyRequest request) {
        Open311Keys.Owner owner = owner(slug);
        Staff manager = manager(slug);
        return Response.status(Response.Status.CREATED)
                .entity(keys.issue(owner, request == null ? null : request.client(), manager.username())).build();
    }

    @GET
    public List<Open311Keys.KeyView> list(@PathParam("slug") String slug) {
        Open311Keys.Owner owner = owner(slug);
        manager(slug);
        return keys.of(owner);
    }

    @DELETE
    @Path("/{id}")
    public Open311Keys.KeyView revoke(@PathParam("slug") String slug, @PathParam("id") String id) {
        Open311Keys.Owner owner = owner(slug);
        return keys.revoke(owner, id, manager(slug).username());
    }
}
