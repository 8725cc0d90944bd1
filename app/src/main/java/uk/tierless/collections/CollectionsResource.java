package uk.tierless.collections;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/places/{uprn}/collections}: an address's next collections (public). Its own class with its
 * full path beside gazetteer's PlacesResource; CollectionsResourceTest proves the route is not shadowed.
 */
@Path("/api/v1/places/{uprn}/collections")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    /** One collection: {@code bin} its code, {@code changed} whether the council moved it from its usual day. */
    public record CollectionView(String bin, LocalDate date, boolean changed) {
    }

    @Inject
    BinDays binDays;

    @GET
    public List<CollectionView> collections(@PathParam("uprn") String uprn) {
        return binDays.next(uprn).collections().stream()
                .map(collection -> new CollectionView(collection.bin().code(), collection.date(), collection.changed()))
                .toList();
    }
}
