package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.SafeMarkdown;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.identity.Reach;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceSettings;
import uk.tierless.tenancy.CouncilDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's draft as residents would see it, for the council's administrators only (under /admin, so signed in,
 * and {@link Reach#councilAdmin()}): its tile, its link or information page, and every page of its form, drawn with
 * the resident pages' own templates. Nothing on it can be sent: the form's questions are shown without a form.
 */
@Path("/admin/service/preview")
@Produces(MediaType.TEXT_HTML)
public class ServicePreviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(ServiceConfiguration service, boolean draft, Tile tile, String content,
                                               List<FormPageViews.FormPage> pages);
    }

    @Inject
    Reach reach;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    CouncilDirectory councils;

    @GET
    public TemplateInstance preview(@QueryParam("service") String service) {
        String council = reach.councilAdmin().council();
        if (service == null || service.isBlank()) {
            throw ApiException.notFound("Choose a service from the list of your council's services.");
        }
        ServiceConfiguration configuration = configurations.of(council, service);
        boolean draft = configuration.draft() != null;
        ServiceSettings settings = draft ? configuration.draft().settings() : configuration.settings();
        Tile tile = new Tile(configuration.service(), configuration.name(), configuration.group(),
                councils.require(council), settings.mode(), settings.link(), settings.summary(),
                Boolean.TRUE.equals(settings.pinned()), false);
        String content = "info".equals(settings.mode()) ? SafeMarkdown.toHtml(settings.info()) : "";
        return Templates.preview(configuration, draft, tile, content, formPages(settings));
    }

    /** The form's question pages as a resident meets them, blank; none unless the service is a form. */
    private static List<FormPageViews.FormPage> formPages(ServiceSettings settings) {
        if (!"form".equals(settings.mode()) || settings.form() == null || settings.form().questions() == null) {
            return List.of();
        }
        List<FormPageViews.FormPage> pages = new ArrayList<>();
        for (List<Question> questions : FormSteps.pages(settings.form().questions())) {
            List<FormPageViews.QuestionView> views = questions.stream()
                    .map(question -> FormPageViews.question(question, Map.of(), null)).toList();
            boolean photo = questions.stream().anyMatch(question -> question.type() == QuestionType.PHOTO);
            pages.add(new FormPageViews.FormPage(pages.size() + 1, views, false, null, null, photo, false, null, null,
                    null, null, Map.of(), false, null));
        }
        return pages;
    }
}
