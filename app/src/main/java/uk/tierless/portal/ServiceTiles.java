package uk.tierless.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.catalogue.ServiceOffers.ServiceOffer;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.reports.UsageCounter;
import uk.tierless.routing.Responsibility;
import uk.tierless.routing.Router;
import uk.tierless.tenancy.CouncilView;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every service for where a resident lives, each with the council that runs it there: a member council's offer from
 * its services.yaml; a council outside the partnerships an honest link to its own site. Pinned tiles first, then
 * by demand (how often residents opened it with that council responsible, before today), then the catalogue's
 * order; the few most used are large tiles.
 */
@ApplicationScoped
public class ServiceTiles {

    public static final String LINK = "link";
    /** How many of a place's most used services get a larger tile. */
    static final int LARGE_TILES = 3;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceOffers offers;

    @Inject
    Router router;

    @Inject
    UsageCounter usage;

    /** The service types a resident's words find, best first (see ServiceCatalogue.search). */
    public List<ServiceTypeView> search(String words) {
        return catalogue.search(words);
    }

    /** The service type a code names, or null for none or an unknown one (a link kept through the journey). */
    public ServiceTypeView service(String code) {
        return code == null ? null : catalogue.find(code).orElse(null);
    }

    public List<Tile> forPlace(PlaceQuery where) {
        List<ServiceTypeView> services = catalogue.all();
        Map<String, ServiceTypeView> byCode = services.stream()
                .collect(Collectors.toMap(ServiceTypeView::code, Function.identity()));
        List<Responsibility> responsibilities = router.routeAll(where, services);
        Map<String, ServiceOffer> offers = offersOf(responsibilities);
        Map<String, Long> demand = usage.demand(responsibilities.stream().map(r -> r.council().slug()).distinct().toList());
        Set<String> mostUsed = demand.entrySet().stream().filter(use -> use.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(LARGE_TILES)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return responsibilities.stream()
                .map(responsibility -> tile(byCode.get(responsibility.service()), responsibility.council(),
                        offers.get(responsibility.council().slug() + "/" + responsibility.service())))
                .map(tile -> tile.sized(mostUsed.contains(key(tile))))
                .sorted(Comparator.comparing((Tile tile) -> !tile.pinned())
                        .thenComparing(tile -> -demand.getOrDefault(key(tile), 0L)))
                .toList();
    }

    private static String key(Tile tile) {
        return tile.council().slug() + "/" + tile.code();
    }

    /** One service's tile where its council is already known (a form journey routes only that service). */
    public Tile forCouncil(String code, CouncilView council) {
        return tile(catalogue.require(code), council, offers.of(council.slug(), code).orElse(null));
    }

    private static Tile tile(ServiceTypeView service, CouncilView council, ServiceOffer offer) {
        if (offer == null) {
            // Outside the partnerships, or not yet set up: the council's own site, said plainly.
            return new Tile(service.code(), service.name(), service.group(), council, LINK, council.website(),
                    council.name() + " runs this where you live.", false, false);
        }
        return new Tile(service.code(), service.name(), service.group(), council, offer.mode(), offer.link(),
                offer.summary(), offer.pinned(), false);
    }

    private Map<String, ServiceOffer> offersOf(List<Responsibility> responsibilities) {
        List<String> councils = responsibilities.stream().map(r -> r.council().slug()).distinct().toList();
        return offers.ofCouncils(councils).stream()
                .collect(Collectors.toMap(offer -> offer.council() + "/" + offer.service(), Function.identity()));
    }
}
