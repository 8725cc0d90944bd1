package uk.tierless.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.PageRequest;
import uk.tierless.api.PageView;
import uk.tierless.tenancy.CouncilDirectory;

@Path("/api/v1/councils/{slug}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    AuditLog auditLog;

    @GET
    public PageView<AuditEventView> list(@PathParam("slug") String slug, @BeanParam PageRequest.Params paging) {
        councils.require(slug);
        return auditLog.page(slug, paging.toRequest());
    }
}
