package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.publishing.ServiceTemplates;
import uk.tierless.publishing.TemplateView;

import java.util.List;

/** A partnership's shared services, listed and previewed, for the administrators of its councils. */
@Path("/api/v1/partnerships/{slug}/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesAdminResource {

    @Inject
    AdminReach reach;

    @Inject
    ServiceTemplates templates;

    @GET
    public List<TemplateView> list(@PathParam("slug") String slug) {
        reach.partnershipMember(slug);
        return templates.of(slug);
    }

    @GET
    @Path("{template}")
    public TemplateView preview(@PathParam("slug") String slug, @PathParam("template") String template) {
        reach.partnershipMember(slug);
        return templates.preview(slug, template);
    }
}
