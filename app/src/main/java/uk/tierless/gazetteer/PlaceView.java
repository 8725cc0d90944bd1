package uk.tierless.gazetteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.tierless.tenancy.CouncilView;

import java.util.List;

/** {@code GET /api/v1/places}: county is null for a unitary, postcode null for a bare point. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlaceView(String postcode, Location location, CouncilView district, CouncilView county,
                        List<AddressView> addresses, boolean straddles) {

    public record AddressView(String uprn, String address) {
    }

    /** {@code GET /api/v1/places/{uprn}}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OfAddress(String uprn, String address, String postcode, Location location, CouncilView district,
                            CouncilView county) {
    }

    static PlaceView of(Place place) {
        return new PlaceView(place.postcode(), place.location(), place.district(), place.county(),
                place.addresses().stream().map(a -> new AddressView(a.uprn(), a.address())).toList(), place.straddles());
    }
}
