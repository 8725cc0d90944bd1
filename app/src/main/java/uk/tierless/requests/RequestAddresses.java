package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.gazetteer.AddressBook;

import java.util.List;

/** A request's address in words, for the pages and messages that show it to its resident. */
@ApplicationScoped
public class RequestAddresses {

    @Inject
    AddressBook addressBook;

    /**
     * The address the request was made at, as the gazetteer words it, or as the resident did where it is not listed;
     * none for a map point, nor for an address since dropped from the gazetteer (the request is still shown, without
     * it).
     */
    String of(ServiceRequest request) {
        if (request.uprn == null) {
            return request.addressText;
        }
        AddressBook.Address address = addressBook.addresses(List.of(request.uprn)).get(request.uprn);
        return address == null ? null : address.address();
    }
}
