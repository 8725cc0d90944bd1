package uk.tierless.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.api.PageView;
import uk.tierless.audit.AuditEventView;
import uk.tierless.audit.AuditLog;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServicePublisher;

import java.net.URI;
import java.util.List;

/**
 * A service's history for its council's administrators: every audit event about it (who, when, what, and the
 * fields it changed, before and after), and its published versions, each of which can be restored as a draft.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class ServiceHistoryPages {

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance history(ServiceConfiguration service, List<Event> events, List<Version> versions,
                                               String newer, String older);
    }

    public record Event(String when, String actor, String summary, List<SettingsChanges.Change> changes) {
    }

    public record Version(int number, String when, String by, boolean offered, String adaptedFrom, boolean live) {
    }

    @Inject
    Reach reach;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServicePublisher publisher;

    @Inject
    AuditLog auditLog;

    @GET
    @Path("/service/history")
    public TemplateInstance history(@QueryParam("service") String service, @QueryParam("page") String page) {
        String council = reach.councilAdmin().council();
        ServiceConfiguration configuration = configurations.of(council, ServicePages.required(service));
        int number = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        PageView<AuditEventView> found = auditLog.history(council, "service:" + configuration.service(),
                new PageRequest(number, PageRequest.DEFAULT_SIZE));
        List<Event> events = found.items().stream().map(event -> new Event(ServicePages.when(event.occurredAt()),
                event.actor(), event.summary(), SettingsChanges.between(event.before(), event.after()))).toList();
        List<Version> versions = publisher.versions(council, configuration.service()).stream()
                .map(version -> new Version(version.version(), ServicePages.when(version.publishedAt()),
                        version.publishedBy(), version.offered(), version.adaptedFrom(),
                        version.version() == (configuration.version() == null ? -1 : configuration.version())))
                .toList();
        String base = "/admin/service/history?service=" + configuration.service() + "&page=";
        String newer = number > 1 ? base + (number - 1) : null;
        String older = (long) number * found.size() < found.total() ? base + (number + 1) : null;
        return Templates.history(configuration, events, versions, newer, older);
    }

    /** "Restore as draft": a published version becomes the draft, over any draft there is, to check and publish. */
    @POST
    @Path("/service/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@QueryParam("service") String service, MultivaluedMap<String, String> posted) {
        Staff admin = reach.councilAdmin();
        ServiceConfiguration configuration = configurations.of(admin.council(), ServicePages.required(service));
        String version = posted.getFirst("version");
        if (version == null || !version.matches("\\d{1,9}")) {
            throw ApiException.notFound("Choose a version to restore from the list of versions.");
        }
        publisher.restore(admin.council(), configuration.service(), Integer.parseInt(version), admin.username());
        return Response.seeOther(URI.create(ServicePages.href(configuration.service()) + "&restored=" + version)).build();
    }
}
