package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.ServiceTemplates;

/** A council's tenant administrators share the latest published version of a service with their partnership. */
@Path("/api/v1/councils/{slug}/services/{service}/share")
@Produces(MediaType.APPLICATION_JSON)
public class ShareServiceResource {

    @Inject
    AdminReach reach;

    @Inject
    ServiceTemplates templates;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("slug") String slug, @PathParam("service") String service) {
        Staff admin = reach.ownCouncil(slug);
        return Response.status(Response.Status.CREATED).entity(templates.share(slug, service, admin.username())).build();
    }
}
