package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.api.PageView;
import uk.tierless.audit.AuditEventView;
import uk.tierless.audit.AuditLog;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.DraftView;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.VersionView;

import java.util.List;
import java.util.Map;

/**
 * A council's services for its tenant administrators (docs/administration.md, "API and files"): read them, save
 * and discard drafts, publish, list and restore versions, read each service's history. Only that council's tenant
 * administrators reach it; the work and its checks are publishing's.
 */
@Path("/api/v1/councils/{slug}/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesAdminResource {

    @Inject
    AdminReach reach;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Inject
    AuditLog auditLog;

    @GET
    public List<ServiceConfiguration> list(@PathParam("slug") String slug) {
        reach.ownCouncil(slug);
        return configurations.of(slug);
    }

    @GET
    @Path("/{service}")
    public ServiceConfiguration one(@PathParam("slug") String slug, @PathParam("service") String service) {
        reach.ownCouncil(slug);
        return configurations.of(slug, service);
    }

    @PUT
    @Path("/{service}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView saveDraft(@PathParam("slug") String slug, @PathParam("service") String service, DraftRequest body) {
        Staff admin = reach.ownCouncil(slug);
        if (body == null) {
            throw ApiException.invalid("Send the service's settings and the revision you read, as JSON.", List.of());
        }
        return drafts.save(slug, service, body.settings(), body.checkedRevision(), admin.username());
    }

    @DELETE
    @Path("/{service}/draft")
    public void discardDraft(@PathParam("slug") String slug, @PathParam("service") String service) {
        drafts.discard(slug, service, reach.ownCouncil(slug).username());
    }

    @POST
    @Path("/{service}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionView publish(@PathParam("slug") String slug, @PathParam("service") String service,
                               Map<String, Object> nothing) {
        return publisher.publish(slug, service, reach.ownCouncil(slug).username());
    }

    @GET
    @Path("/{service}/versions")
    public List<VersionView> versions(@PathParam("slug") String slug, @PathParam("service") String service) {
        reach.ownCouncil(slug);
        return publisher.versions(slug, service);
    }

    @POST
    @Path("/{service}/versions/{version}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView restore(@PathParam("slug") String slug, @PathParam("service") String service,
                             @PathParam("version") int version, Map<String, Object> nothing) {
        return publisher.restore(slug, service, version, reach.ownCouncil(slug).username());
    }

    /** The service's audit events with what it was before and after each, newest first. */
    @GET
    @Path("/{service}/history")
    public PageView<AuditEventView> history(@PathParam("slug") String slug, @PathParam("service") String service,
                                            @BeanParam PageRequest.Params paging) {
        reach.ownCouncil(slug);
        PageRequest page = paging.toRequest();
        configurations.of(slug, service); // a 404 naming why, for a service the council does not run
        return auditLog.history(slug, "service:" + service, page);
    }
}
