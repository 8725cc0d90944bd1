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
import uk.tierless.identity.Reach;
import uk.tierless.tenancy.CouncilDirectory;

@Path("/api/v1/councils/{slug}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    AuditLog auditLog;

    /** The council's own staff only. */
    @GET
    public PageView<AuditEventView> list(@PathParam("slug") String slug, @BeanParam PageRequest.Params paging) {
        councils.require(slug);
        reach.councilStaff(slug);
        return auditLog.page(slug, paging.toRequest());
    }
}
