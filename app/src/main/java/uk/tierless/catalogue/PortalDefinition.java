package uk.tierless.catalogue;

import uk.tierless.forms.FormDefinition;

import java.util.List;
import java.util.Set;

/**
 * How a council offers its services in the portal, as written in {@code tenants/<slug>/services.yaml}: a welcome
 * for residents entering through the council's profile, and one offer per service of its tier. Read and checked by
 * {@link ServicesFile}.
 */
public record PortalDefinition(String welcome, List<Offer> services) {

    public static final Set<String> MODES = Set.of("info", "link", "form");
    public static final int MAX_PINNED = 2;

    /** {@code mode}: {@code info} (content in a Markdown subset), {@code link} (the council's page) or {@code form}. */
    /**
     * {@code targetDays}: the council's target for a form service's requests, in working days; {@code responses}:
     * its standard replies to residents, chosen when updating a request (docs/work-queue.md); {@code dispatch}: where
     * a form service's requests go (null: Tierless's work queue; docs/integration.md); {@code payment}: what a form
     * service charges (null: nothing; docs/fees.md).
     */
    public record Offer(String service, String mode, String summary, String link, String content, Boolean pinned,
                        FormDefinition form, Integer targetDays, List<Response> responses, Dispatch dispatch,
                        PaymentSettings payment) {

        public List<Response> responsesOrEmpty() {
            return responses == null ? List.of() : responses;
        }

        public boolean isPinned() {
            return Boolean.TRUE.equals(pinned);
        }
    }

    /**
     * A standard reply: a name for staff, and text with {reference}, {serviceName}, {councilName}, {dueDate};
     * optionally the {@code status} it puts the request in (a status of requests' Lifecycle, checked there on start).
     */
    public record Response(String name, String text, String status) {

        public static final java.util.Set<String> FIELDS = java.util.Set.of("reference", "serviceName", "councilName", "dueDate");
    }
}
