package uk.tierless.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A shared service as the API shows it: which council shared which version of which service, when and by whom;
 * {@code settings} (what an adopter gets: mode, summary, info, replies, form) only when one template is previewed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateView(String template, String partnership, String council, String councilName, String service,
                           String serviceName, int version, String mode, Instant sharedAt, String sharedBy,
                           ServiceSettings settings) {
}
