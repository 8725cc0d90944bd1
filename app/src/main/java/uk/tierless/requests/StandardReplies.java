package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.CouncilView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard replies a council's service offers its staff (docs/work-queue.md), with {@code {reference}},
 * {@code {serviceName}}, {@code {councilName}} and {@code {dueDate}} filled in for one request.
 */
@ApplicationScoped
class StandardReplies {

    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceOffers serviceOffers;

    List<WorkQueue.Reply> of(ServiceRequest request, CouncilView council) {
        Map<String, String> fields = Map.of("reference", request.reference,
                "serviceName", catalogue.require(request.serviceCode).name(), "councilName", council.name(),
                "dueDate", request.dueAt == null ? "as soon as we can" : DUE_DATE.format(request.dueAt));
        return serviceOffers.responsesOf(council.slug(), request.serviceCode).stream().map(response -> {
            String text = response.text();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                text = text.replace("{" + field.getKey() + "}", field.getValue());
            }
            return new WorkQueue.Reply(response.name(), text, response.status(),
                    response.status() == null ? null : Lifecycle.label(response.status()));
        }).toList();
    }
}
