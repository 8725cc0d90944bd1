package uk.tierless.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.reports.UsageCounter;
import uk.tierless.tenancy.CouncilView;

import java.util.List;

/** Public: the tiles for where a resident lives, as JSON. */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    ServiceTiles tiles;

    public record TileView(String code, String name, String group, CouncilView council, String mode, String link,
                           String summary) {
    }

    @Inject
    UsageCounter usage;

    @GET
    public List<TileView> services(@BeanParam PlaceQuery where, @HeaderParam("User-Agent") String userAgent) {
        List<Tile> found = tiles.forPlace(where);
        usage.count(null, null, found.stream().map(tile -> new UsageCounter.TileUse(tile.council().slug(), tile.code()))
                .toList(), UsageCounter.TILE_SHOWN, "api", UsageCounter.deviceClass(userAgent));
        return found.stream()
                .map(tile -> new TileView(tile.code(), tile.name(), tile.group(), tile.council(), tile.mode(),
                        tile.link(), tile.summary()))
                .toList();
    }
}
