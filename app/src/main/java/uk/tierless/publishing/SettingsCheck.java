package uk.tierless.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.requests.ReplyStatusCheck;
import uk.tierless.tenancy.TenantRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a council's settings for a service with the rules of services.yaml. A draft may be unfinished (a field
 * still empty, a form with no questions yet), but what it does say must be right; publishing wants it complete,
 * and at most {@value PortalDefinition#MAX_PINNED} services of the council pinned.
 */
@ApplicationScoped
public class SettingsCheck {

    @Inject
    ServicesFile servicesFile;

    @Inject
    ServiceOffers offers;

    @Inject
    TenantRegistry registry;

    /** A 400 with each problem by field, unless the draft is right as far as it goes. */
    void draft(String council, ServiceSettings settings, String service) {
        List<ApiError.FieldError> problems = problems(council, settings, service).stream()
                .filter(problem -> !unfinished(problem)).toList();
        refuseIf(problems, "The draft was not saved: correct the fields named.");
    }

    /** A 400 with each problem by field, unless the settings can be published as they are. */
    void publishable(String council, ServiceSettings settings, String service) {
        List<ApiError.FieldError> problems = new ArrayList<>(problems(council, settings, service));
        if (settings.isOffered() && Boolean.TRUE.equals(settings.pinned())) {
            List<String> othersPinned = offers.pinnedBy(council).stream().filter(code -> !code.equals(service)).toList();
            if (othersPinned.size() >= PortalDefinition.MAX_PINNED) {
                problems.add(new ApiError.FieldError("pinned", "at most " + PortalDefinition.MAX_PINNED
                        + " services can be pinned, and " + String.join(" and ", othersPinned)
                        + " are: unpin one of them first"));
            }
        }
        refuseIf(problems, "The draft was not published: correct the fields named, then publish again.");
    }

    private List<ApiError.FieldError> problems(String council, ServiceSettings settings, String service) {
        if (!settings.isOffered()) {
            return List.of();
        }
        List<ApiError.FieldError> problems = new ArrayList<>(servicesFile.problemsOf(council, settings.toOffer(service),
                        registry.tenantFileOf(council)).stream()
                .map(problem -> new ApiError.FieldError(apiField(problem.field()), problem.message()))
                .toList());
        List<PortalDefinition.Response> responses = settings.toOffer(service).responsesOrEmpty();
        for (int r = 0; r < responses.size(); r++) {
            String field = "responses[" + r + "].status";
            ReplyStatusCheck.problemWith(responses.get(r).status())
                    .ifPresent(problem -> problems.add(new ApiError.FieldError(field, problem)));
        }
        return problems;
    }

    /** The file's field names, under the API's: {@code content} is {@code info}. */
    private static String apiField(String field) {
        return field == null ? null : field.replaceFirst("^content", "info");
    }

    /** An empty field, or a form not yet given questions: fine in a draft, not in a version. */
    private static boolean unfinished(ApiError.FieldError problem) {
        return problem.message().startsWith("is missing")
                || "form.questions".equals(problem.field()) && problem.message().startsWith("a form has at least one");
    }

    private static void refuseIf(List<ApiError.FieldError> problems, String message) {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(message, problems);
        }
    }
}
