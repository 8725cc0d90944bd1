package uk.tierless.integration;

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
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;

import java.net.URI;
import java.util.List;

/**
 * The integration keys page of a council's tenant administrators, {@code /admin/integration-keys}: the council's
 * keys, a form to issue one (the key is shown on the answer to that post, once, and never again) and a button to
 * revoke each.
 */
@Path("/admin/integration-keys")
@Produces(MediaType.TEXT_HTML)
public class IntegrationKeyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keys(List<IntegrationKeys.KeyView> keys, IntegrationKeys.IssuedKey issued,
                                            String client, String clientError, boolean revoked);
    }

    @Inject
    Reach reach;

    @Inject
    IntegrationKeys keys;

    @GET
    public TemplateInstance show(@QueryParam("revoked") String revoked) {
        return Templates.keys(keys.of(reach.councilAdmin().council()), null, "", null, revoked != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@FormParam("client") String client) {
        Staff admin = reach.councilAdmin();
        try {
            IntegrationKeys.IssuedKey issued = keys.issue(admin.council(), client, admin.username());
            // The key is in this answer only: never in a URL, a redirect or a log.
            return Response.ok(Templates.keys(keys.of(admin.council()), issued, "", null, false))
                    .header("Cache-Control", "no-store").build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            return Response.status(400).entity(Templates.keys(keys.of(admin.council()), null, client,
                    "Enter the name of the back office, " + IntegrationKeys.MAX_CLIENT + " characters or fewer", false)).build();
        }
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("key") String id) {
        Staff admin = reach.councilAdmin();
        keys.revoke(admin.council(), id, admin.username());
        return Response.seeOther(URI.create("/admin/integration-keys?revoked=1")).build();
    }
}
