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
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.SafeMarkdown;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.DraftView;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.ServiceSettings;
import uk.tierless.requests.Lifecycle;
import uk.tierless.tenancy.CouncilDirectory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The tenant administrator's pages for their council's services: the list, and one service's settings to edit as
 * a draft. The council is always the administrator's own (from the token, through {@link Reach#councilAdmin()}).
 * A service page is {@code /admin/service?service=…}, not a path per service, because CSRF tokens are made for
 * fixed paths (application.properties).
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class ServicePages {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance services(String councilName, List<Group> groups);

        static native TemplateInstance service(ServiceConfiguration service, ServiceForm form, PageErrors errors,
                                               String infoPreview, List<Option> statuses, String notice,
                                               String draftSaved, String formBuilder, int questions,
                                               String published);
    }

    public record Group(String name, List<Row> services) {
    }

    public record Row(String name, String href, boolean offered, String mode, String state) {
    }

    public record Option(String value, String label) {
    }

    @Inject
    Reach reach;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Inject
    CouncilDirectory councils;

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/admin/services")).build();
    }

    /** The council's services by group, each with whether it is offered, how, and its draft or version. */
    @GET
    @Path("/services")
    public TemplateInstance services() {
        String council = reach.councilAdmin().council();
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        for (ServiceConfiguration service : configurations.of(council)) {
            byGroup.computeIfAbsent(service.group(), group -> new ArrayList<>()).add(new Row(service.name(),
                    href(service.service()), !Boolean.FALSE.equals(service.settings().offered()),
                    service.settings().mode(), state(service)));
        }
        List<Group> groups = byGroup.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
        return Templates.services(councils.require(council).name(), groups);
    }

    @GET
    @Path("/service")
    public TemplateInstance service(@QueryParam("service") String service, @QueryParam("saved") String saved,
                                    @QueryParam("discarded") String discarded, @QueryParam("restored") String restored,
                                    @QueryParam("published") String published) {
        ServiceConfiguration configuration = configurations.of(reach.councilAdmin().council(), required(service));
        String notice = saved != null ? "Your draft is saved. Residents still see the published version until you publish it."
                : discarded != null ? "The draft is discarded. Residents see the published version, as before."
                : restored != null && restored.matches("\\d{1,9}") ? "Version " + restored
                        + " is restored as a draft. Check it, then publish it to make it live again." : null;
        String live = published != null && published.matches("\\d{1,9}") ? published : null;
        return page(configuration, ServiceForm.of(shown(configuration), configuration.revision()), PageErrors.NONE, null, notice,
                live);
    }

    /**
     * The edit form posted: "Save draft" saves it (a stale revision or a wrong field shows the page again with the
     * input as typed), "Preview" shows the information text as residents will see it, "Add another reply" adds a
     * blank reply row. Only "Save draft" writes; a reply marked "Remove" is left out of all three.
     */
    @POST
    @Path("/service")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@QueryParam("service") String service, MultivaluedMap<String, String> posted) {
        Staff admin = reach.councilAdmin();
        ServiceConfiguration configuration = configurations.of(admin.council(), required(service));
        ServiceForm form = ServiceForm.posted(posted, shown(configuration).payment());
        return switch (String.valueOf(posted.getFirst("action"))) {
            case "preview" -> Response.ok(page(configuration, form.withBlankReplies(0), PageErrors.NONE,
                    SafeMarkdown.toHtml(form.info()), null)).build();
            case "add-reply" -> Response.ok(page(configuration, form.withAnotherReply(), PageErrors.NONE, null, null))
                    .build();
            default -> save(configuration, form, admin);
        };
    }

    /** "Discard draft": the draft goes, the published version stays. */
    @POST
    @Path("/service/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@QueryParam("service") String service) {
        return onSavedDraft(service, (admin, code) -> {
            drafts.discard(admin.council(), code, admin.username());
            return "discarded=1";
        });
    }

    private Response save(ServiceConfiguration configuration, ServiceForm form, Staff admin) {
        String service = configuration.service();
        if (!form.unreadable().isEmpty()) {
            return refused(configuration, form, PageErrors.of(form.unreadable(), service), 400);
        }
        try {
            drafts.save(admin.council(), service, form.toSettings(formOf(configuration)),
                    form.revision(), admin.username());
        } catch (ApiException refusal) {
            return refused(configuration, form, errorsOf(refusal, service), refusal.status().getStatusCode());
        }
        return Response.seeOther(URI.create(href(service) + "&saved=1")).build();
    }

    /**
     * "Publish": the saved draft becomes the next version, live for residents at once. Whatever makes it unfit is
     * listed with links to the fields (the form's questions link to the form builder), and the draft stays.
     */
    @POST
    @Path("/service/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@QueryParam("service") String service) {
        return onSavedDraft(service, (admin, code) ->
                "published=" + publisher.publish(admin.council(), code, admin.username()).version());
    }

    /**
     * A button that acts on the saved draft: on to the service page with what it did as the query (a notice), or
     * the page again with the refusal in the error summary.
     */
    private Response onSavedDraft(String service, BiFunction<Staff, String, String> action) {
        Staff admin = reach.councilAdmin();
        ServiceConfiguration configuration = configurations.of(admin.council(), required(service));
        try {
            String done = action.apply(admin, configuration.service());
            return Response.seeOther(URI.create(href(configuration.service()) + "&" + done)).build();
        } catch (ApiException refusal) {
            return refused(configuration, ServiceForm.of(shown(configuration), configuration.revision()),
                    errorsOf(refusal, service), refusal.status().getStatusCode());
        }
    }

    /** The page again with the input as typed, the refusal in the error summary. */
    private Response refused(ServiceConfiguration configuration, ServiceForm form, PageErrors errors, int status) {
        return Response.status(status).entity(page(configuration, form.withBlankReplies(0), errors, null, null)).build();
    }

    static PageErrors errorsOf(ApiException refusal, String service) {
        if (refusal.status().getStatusCode() >= 500 || refusal.status().getStatusCode() == 403) {
            throw refusal;
        }
        List<ApiError.FieldError> details = refusal.toError().details();
        return details == null || details.isEmpty() ? PageErrors.of(refusal.getMessage())
                : PageErrors.of(details, service);
    }

    private TemplateInstance page(ServiceConfiguration configuration, ServiceForm form, PageErrors errors,
                                  String infoPreview, String notice) {
        return page(configuration, form, errors, infoPreview, notice, null);
    }

    /** The service page; {@code published}, the version just made live, for the success panel. */
    private TemplateInstance page(ServiceConfiguration configuration, ServiceForm form, PageErrors errors,
                                  String infoPreview, String notice, String published) {
        ServiceSettings.FormSettings questions = formOf(configuration);
        return Templates.service(configuration, form, errors, infoPreview, statuses(), notice,
                configuration.draft() == null ? null : saved(configuration.draft()), formBuilder(configuration.service()),
                questions == null || questions.questions() == null ? 0 : questions.questions().size(), published);
    }

    /** What the page opens on: the draft if there is one, else what residents see. */
    private static ServiceSettings shown(ServiceConfiguration configuration) {
        return configuration.draft() == null ? configuration.settings() : configuration.draft().settings();
    }

    /** The form's questions the draft keeps: the draft's own, else the published ones. */
    private static ServiceSettings.FormSettings formOf(ServiceConfiguration configuration) {
        return configuration.draft() != null ? configuration.draft().settings().form() : configuration.settings().form();
    }

    /** The statuses a standard reply may set, by their labels; none leaves the request's status as it is. */
    private static List<Option> statuses() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Leave the status as it is"));
        Lifecycle.all().stream().filter(status -> !Lifecycle.SUBMITTED.equals(status))
                .forEach(status -> options.add(new Option(status, capitalised(Lifecycle.label(status)))));
        return options;
    }

    private static String state(ServiceConfiguration service) {
        String published = service.version() == null ? "Not published yet" : "Published version " + service.version();
        if (service.draft() == null) {
            return published;
        }
        return published + ". Draft " + saved(service.draft()) + ".";
    }

    private static String saved(DraftView draft) {
        return "saved by " + draft.updatedBy() + " on " + when(draft.updatedAt());
    }

    static String when(Instant instant) {
        return WHEN.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    static String required(String service) {
        if (service == null || service.isBlank()) {
            throw ApiException.notFound("Choose a service from the list of your council's services.");
        }
        return service;
    }

    static String href(String service) {
        return "/admin/service?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8);
    }

    /** The form builder's page for this service's questions. */
    static String formBuilder(String service) {
        return "/admin/services/" + URLEncoder.encode(service, StandardCharsets.UTF_8) + "/form";
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
