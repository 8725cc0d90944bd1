package uk.tierless.gazetteer;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.MemoryFirst;

/** Public lookups, no sign-in: where is this, and which councils are responsible there. */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
public class PlacesResource {

    @Inject
    Gazetteer gazetteer;

    @GET
    public Uni<PlaceView> find(@BeanParam PlaceQuery query) {
        return MemoryFirst.answer(gazetteer.answersFromMemory(query), () -> PlaceView.of(query.hasPostcode()
                ? gazetteer.byPostcode(query.postcode) : gazetteer.byPoint(query.point())));
    }

    @GET
    @Path("/{uprn}")
    public PlaceView.OfAddress address(@PathParam("uprn") String uprn) {
        Place place = gazetteer.byUprn(uprn);
        Place.Address address = place.addresses().get(0);
        return new PlaceView.OfAddress(address.uprn(), address.address(), place.postcode(), place.location(),
                place.district(), place.county());
    }
}
