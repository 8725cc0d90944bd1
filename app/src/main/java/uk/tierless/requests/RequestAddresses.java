package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;

/** A request's address in words, for the pages and messages that show it to its resident. */
@ApplicationScoped
public class RequestAddresses {

    @Inject
    Gazetteer gazetteer;

    /** The address the request was made at, as the gazetteer words it; none for a postcode or a map point. */
    String of(ServiceRequest request) {
        if (request.uprn == null) {
            return null;
        }
        String uprn = String.valueOf(request.uprn);
        try {
            return gazetteer.byUprn(uprn).addresses().stream().filter(a -> a.uprn().equals(uprn))
                    .map(Place.Address::address).findFirst().orElse(null);
        } catch (ApiException gone) {
            // An address since dropped from the gazetteer: the request is still shown, without it.
            return null;
        }
    }
}
