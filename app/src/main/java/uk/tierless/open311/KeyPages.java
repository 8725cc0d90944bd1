package uk.tierless.open311;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;

import java.net.URI;
import java.util.List;

/**
 * The Open311 keys page of a council's tenant administrators, {@code /admin/open311-keys}: the council's keys, a
 * form to issue one (the key is shown on the answer to that post, once, and never again) and a button to revoke each.
 */
@Path("/admin/open311-keys")
@Produces(MediaType.TEXT_HTML)
public class KeyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keys(String council, List<Open311Keys.KeyView> keys, Open311Keys.IssuedKey issued,
                                            String client, String clientError, boolean revoked);
    }

    @Inject
    Reach reach;

    @Inject
    Open311Keys keys;

    @GET
    public TemplateInstance show(@QueryParam("revoked") String revoked) {
        String council = reach.councilAdmin().council();
        return Templates.keys(council, keys.of(Open311Keys.Owner.council(council)), null, "", null, revoked != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@FormParam("client") String client) {
        Staff admin = reach.councilAdmin();
        Open311Keys.Owner owner = Open311Keys.Owner.council(admin.council());
        try {
            Open311Keys.IssuedKey issued = keys.issue(owner, client, admin.username());
            // The key is in this answer only: never in a URL, a redirect or a log.
            return Response.ok(Templates.keys(admin.council(), keys.of(owner), issued, "", null, false))
                    .header("Cache-Control", "no-store").build();
        } catch (ApiException e) {
            List<ApiError.FieldError> details = e.toError().details();
            if (details == null || details.isEmpty()) {
                throw e;
            }
            return Response.status(400)
                    .entity(Templates.keys(admin.council(), keys.of(owner), null, client, "Enter the name of the client, "
                            + Open311Keys.MAX_CLIENT + " characters or fewer", false))
                    .build();
        }
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("key") String id) {
        Staff admin = reach.councilAdmin();
        keys.revoke(Open311Keys.Owner.council(admin.council()), id, admin.username());
        return Response.seeOther(URI.create("/admin/open311-keys?revoked=1")).build();
    }
}
