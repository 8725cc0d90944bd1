package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.DraftView;
import uk.tierless.publishing.ServiceTemplates;

/** A council's tenant administrators adopt a shared service of their partnership as their own new draft. */
@Path("/api/v1/councils/{slug}/services/{service}/adopt")
@Produces(MediaType.APPLICATION_JSON)
public class AdoptServiceResource {

    /** What adopting names: the shared service's id. */
    public record Adoption(String template) {
    }

    @Inject
    AdminReach reach;

    @Inject
    ServiceTemplates templates;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView adopt(@PathParam("slug") String slug, @PathParam("service") String service, Adoption adoption) {
        Staff admin = reach.ownCouncil(slug);
        return templates.adopt(slug, service, adoption == null ? null : adoption.template(), admin.username());
    }
}
