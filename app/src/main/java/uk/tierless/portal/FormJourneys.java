package uk.tierless.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where each post of a form journey starts: its query (service, postcode or address, profile) resolved to the offer
 * it fills in. Only the one service is routed, at the one place: not the whole catalogue, and not the demand that
 * orders the tiles.
 */
@ApplicationScoped
public class FormJourneys {

    @Inject
    Requests requests;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceTiles tiles;

    @Inject
    PortalProfiles profiles;

    FormJourney resolve(String code, String postcode, String uprn, String c) {
        CouncilView profile = profiles.optional(c);
        PlaceQuery where = PlaceQuery.of(postcode, uprn, null, null);
        if (catalogue.find(code).isEmpty()) {
            throw ApiException.notFound("There is no service called '" + code + "'.");
        }
        Requests.Offer offer = requests.offer(code, where);
        boolean byUprn = uprn != null && !uprn.isBlank();
        String whereQuery = "service=" + enc(code) + "&" + (byUprn ? "uprn=" + enc(uprn) : "postcode=" + enc(postcode))
                + (profile == null ? "" : "&c=" + profile.slug());
        return new FormJourney(profile, tiles.forCouncil(code, offer.council()), offer, where, whereQuery,
                byUprn ? uprn.trim() : null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
