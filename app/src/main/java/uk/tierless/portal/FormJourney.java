package uk.tierless.portal;

import uk.tierless.forms.FormView;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One post of a form journey ({@link FormJourneys}): the council profile the resident came through (if any), the
 * service's tile, the offer the form fills in, the place it is for, and that place as the pages' query string.
 */
record FormJourney(CouncilView profile, Tile tile, Requests.Offer offer, PlaceQuery where, String whereQuery,
                   String uprn) {

    FormView form() {
        return offer.form();
    }

    Place place(Gazetteer gazetteer) {
        return uprn != null ? gazetteer.byUprn(uprn) : gazetteer.byPostcode(where.postcode);
    }

    /** The address the resident chose, for "it is at my address"; none when they gave only a postcode. */
    String address(Place place) {
        return uprn == null ? null : place.addresses().stream().filter(a -> a.uprn().equals(uprn))
                .map(Place.Address::address).findFirst().orElse(null);
    }

    /** Where "Change" next to the address leads: the addresses of its postcode, to choose again. */
    String changeAddressUrl(Place place) {
        return "/find?postcode=" + URLEncoder.encode(place.postcode(), StandardCharsets.UTF_8)
                + (profile == null ? "" : "&c=" + profile.slug());
    }
}
