package uk.tierless.gazetteer;

import uk.tierless.tenancy.CouncilView;

import java.util.List;

/**
 * Where someone is: the district (or unitary) and county responsible there, and for a postcode its addresses.
 * {@code county} is null for a unitary. {@code straddles} says the postcode's addresses lie in more than one district.
 */
public record Place(String postcode, Location location, CouncilView district, CouncilView county,
                   List<Address> addresses, boolean straddles) {

    /** An address of the place, with the district its own point lies in (or the postcode's, without a point). */
    public record Address(String uprn, String address, CouncilView district) {
    }
}
