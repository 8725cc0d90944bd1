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
import uk.tierless.catalogue.SafeMarkdown;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.ConfigurableServices;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceTemplates;
import uk.tierless.publishing.TemplateView;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.net.URI;
import java.util.List;

/**
 * The partnership's shared services for a council's administrators: {@code /admin/shared} lists them,
 * {@code /admin/shared/preview?template=} shows one as an adopter gets it, and "Adopt" makes it the council's draft.
 */
@Path("/admin/shared")
@Produces(MediaType.TEXT_HTML)
public class SharedServicesPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shared(List<TemplateView> templates, TemplateView adopted,
                                              List<ServiceConfiguration> shareable, TemplateView shared, String error);

        static native TemplateInstance preview(TemplateView template, String infoHtml, boolean mayAdopt, String why);
    }

    @Inject
    Reach reach;

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurableServices configurable;

    @Inject
    ServiceTemplates templates;

    @Inject
    ServiceConfigurations configurations;

    @GET
    public TemplateInstance list(@QueryParam("adopted") String adopted, @QueryParam("shared") String shared) {
        return page(council(reach.councilAdmin()), adopted, shared, null);
    }

    /** Shares the latest published version of one of the council's own services. */
    @POST
    @Path("/share")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(MultivaluedMap<String, String> posted) {
        Staff admin = reach.councilAdmin();
        CouncilView council = council(admin);
        String service = posted.getFirst("service");
        if (service == null || service.isBlank()) {
            return Response.status(400).entity(page(council, null, null, "Select the service to share")).build();
        }
        try {
            TemplateView shared = templates.share(council.slug(), service, admin.username());
            return Response.seeOther(URI.create("/admin/shared?shared=" + shared.template())).build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.CONFLICT) {
                throw e;
            }
            return Response.status(400).entity(page(council, null, null, e.getMessage())).build();
        }
    }

    @GET
    @Path("/preview")
    public TemplateInstance preview(@QueryParam("template") String id) {
        CouncilView council = council(reach.councilAdmin());
        TemplateView template = templates.preview(council.partnership(), id);
        boolean runs = configurable.of(council).stream().anyMatch(type -> type.code().equals(template.service()));
        String why = template.council().equals(council.slug()) ? "This is your council's own shared service."
                : runs ? null : council.shortName() + " does not run " + template.serviceName() + ", so it cannot adopt it.";
        String info = template.settings().info();
        return Templates.preview(template, info == null ? null : SafeMarkdown.toHtml(info), why == null, why);
    }

    @POST
    @Path("/adopt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adopt(MultivaluedMap<String, String> posted) {
        Staff admin = reach.councilAdmin();
        CouncilView council = council(admin);
        TemplateView template = templates.preview(council.partnership(), posted.getFirst("template"));
        templates.adopt(council.slug(), template.service(), template.template(), admin.username());
        return Response.seeOther(URI.create("/admin/shared?adopted=" + template.template())).build();
    }

    /**
     * The list, and the council's own services it could share: published, offered, a form or an information page.
     * The banners name what was adopted or shared from the list itself, never from words in the address.
     */
    private TemplateInstance page(CouncilView council, String adopted, String shared, String error) {
        List<TemplateView> all = council.partnership() == null ? List.of() : templates.of(council.partnership());
        List<ServiceConfiguration> shareable = council.partnership() == null ? List.of()
                : configurations.of(council.slug()).stream()
                .filter(service -> service.version() != null && Boolean.TRUE.equals(service.settings().offered())
                        && !"link".equals(service.settings().mode()))
                .toList();
        return Templates.shared(all, find(all, adopted), shareable, find(all, shared), error);
    }

    private static TemplateView find(List<TemplateView> templates, String id) {
        return templates.stream().filter(template -> template.template().equals(id)).findFirst().orElse(null);
    }

    private CouncilView council(Staff admin) {
        return councils.bySlug(admin.council())
                .orElseThrow(() -> ApiException.forbidden("Only your council's administrators can do this."));
    }
}
