package uk.tierless.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How member councils offer their services in the portal (from their services.yaml), and their welcome texts, as
 * records: the portal reads them here and never maps catalogue's tables itself.
 */
@ApplicationScoped
public class ServiceOffers {

    /** One council's offer of one service: its mode (info, link or form), where a link leads, the tile's words. */
    public record ServiceOffer(String council, String service, String mode, String link, String summary, boolean pinned) {
    }

    @Inject
    ServiceCatalogue catalogue;

    public Optional<ServiceOffer> of(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                CouncilService.<CouncilService>findById(new CouncilService.Key(council, service))).map(ServiceOffers::offer));
    }

    /** Every offer of these councils. */
    public List<ServiceOffer> ofCouncils(Collection<String> councils) {
        return QuarkusTransaction.joiningExisting().call(() -> CouncilService.<CouncilService>list("councilSlug in ?1", councils))
                .stream().map(ServiceOffers::offer).toList();
    }

    /**
     * The services each of these councils takes requests for (its form services), in the catalogue's order: what
     * its work queue can hold, and what a request passed to it can become.
     */
    public Map<String, List<ServiceTypeView>> requestServices(Collection<String> councils) {
        Map<String, Set<String>> forms = ofCouncils(councils).stream().filter(offer -> "form".equals(offer.mode()))
                .collect(Collectors.groupingBy(ServiceOffer::council, Collectors.mapping(ServiceOffer::service, Collectors.toSet())));
        Map<String, List<ServiceTypeView>> services = new LinkedHashMap<>();
        for (String council : councils) {
            Set<String> codes = forms.getOrDefault(council, Set.of());
            services.put(council, catalogue.all().stream().filter(service -> codes.contains(service.code())).toList());
        }
        return services;
    }

    /** An info service's text, in the safe Markdown subset. */
    public Optional<String> content(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                CouncilService.<CouncilService>findById(new CouncilService.Key(council, service))).map(offer -> offer.content));
    }

    /** The council's welcome text for its profile page. */
    public Optional<String> welcome(String council) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                CouncilPortal.<CouncilPortal>findById(council)).map(portal -> portal.welcome));
    }

    private static ServiceOffer offer(CouncilService service) {
        return new ServiceOffer(service.councilSlug, service.serviceCode, service.mode, service.link, service.summary,
                service.pinned);
    }
}
