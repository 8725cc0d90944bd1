package uk.tierless.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.gazetteer.PlaceView;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.Tier;
import uk.tierless.tenancy.TenantRegistry;

import java.util.List;

/**
 * Service × place → the responsible council. A unitary runs both tiers; otherwise the service's tier decides
 * between the district and the county, unless a partnership's agency agreement gives the service to another council
 * in that area.
 */
@ApplicationScoped
public class Router {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantRegistry registry;

    public Responsibility route(String serviceCode, PlaceQuery where) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw ApiException.invalid("Say which service: ?service=missed-bin, for example.",
                    List.of(new ApiError.FieldError("service", "service is missing: see /api/v1/service-types")));
        }
        return routeAll(where, List.of(catalogue.require(serviceCode))).get(0);
    }

    /** Who is responsible for each of these services at the place; a 409 if the address would decide any. */
    public List<Responsibility> routeAll(PlaceQuery where, List<ServiceTypeView> services) {
        Place place = where.hasUprn() ? gazetteer.byUprn(where.uprn)
                : where.hasPostcode() ? gazetteer.byPostcode(where.postcode)
                : gazetteer.byPoint(where.point());
        String placeName = place.postcode() != null && !where.hasUprn() ? place.postcode()
                : where.hasUprn() ? "this address" : "this point";
        if (place.straddles() && services.stream().anyMatch(service -> answersDiffer(service, place))) {
            throw ApiException.addressNeeded(place.postcode() + " has addresses in more than one council area:"
                    + " choose the address (ask again with uprn=).",
                    place.addresses().stream().map(a -> new PlaceView.AddressView(a.uprn(), a.address())).toList());
        }
        return services.stream()
                .map(service -> responsibility(service, place.district(), place.county(), placeName))
                .toList();
    }

    private boolean answersDiffer(ServiceTypeView service, Place place) {
        return place.addresses().stream()
                .map(address -> responsibleSlug(service, address.district(), countyOf(address.district())))
                .distinct().count() > 1;
    }

    private String responsibleSlug(ServiceTypeView service, CouncilView district, CouncilView county) {
        return responsibility(service, district, county, "").council().slug();
    }

    private Responsibility responsibility(ServiceTypeView service, CouncilView district, CouncilView county, String where) {
        if (district.tier() == Tier.UNITARY) {
            return new Responsibility(service.code(), service.tier(), district, service.name() + ": "
                    + where + " is in " + district.shortName() + ", a unitary council that runs both county and"
                    + " district services.");
        }
        CouncilView area = service.tier() == Tier.COUNTY && county != null ? county : district;
        var agreement = registry.agreementFor(service.code(), area.slug());
        if (agreement.isPresent()) {
            CouncilView runBy = councils.bySlug(agreement.get().runBy()).orElseThrow();
            return new Responsibility(service.code(), service.tier(), runBy, service.name() + ": " + where + " is in "
                    + area.shortName() + ", where " + runBy.shortName() + " runs it under an agreement of "
                    + agreement.get().partnershipName() + ".");
        }
        return new Responsibility(service.code(), service.tier(), area, service.name() + ": " + service.tier().code()
                + " councils run this; " + where + " is in " + area.shortName() + ".");
    }

    private CouncilView countyOf(CouncilView district) {
        return district.parent() == null ? null : councils.bySlug(district.parent()).orElse(null);
    }
}
