package uk.tierless.portal;

import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.tenancy.CouncilView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the resident is, as the portal's URLs carry it from page to page: an address ({@code uprn}) if they chose
 * one, else their postcode.
 */
record Where(String key, String value) {

    /** From a page's parameters: the address if given, else the postcode; empty with neither. */
    static Optional<Where> of(String postcode, String uprn) {
        if (uprn != null && !uprn.isBlank()) {
            return Optional.of(new Where("uprn", uprn.trim()));
        }
        if (postcode != null && !postcode.isBlank()) {
            return Optional.of(new Where("postcode", postcode.trim()));
        }
        return Optional.empty();
    }

    /** The query string that carries a place on to the next page, with the profile the resident came through. */
    static String query(String key, String value, CouncilView council) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + (council == null ? "" : "&c=" + council.slug());
    }

    String query(CouncilView council) {
        return query(key, value, council);
    }

    PlaceQuery placeQuery() {
        PlaceQuery query = new PlaceQuery();
        if (key.equals("uprn")) {
            query.uprn = value;
        } else {
            query.postcode = value;
        }
        return query;
    }

    Place place(Gazetteer gazetteer) {
        return key.equals("uprn") ? gazetteer.byUprn(value) : gazetteer.byPostcode(value);
    }

    String label(Place place) {
        return key.equals("uprn") ? "Your address" : place.postcode();
    }
}
