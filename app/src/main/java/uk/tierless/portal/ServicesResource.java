package uk.tierless.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.catalogue.Charges;
import uk.tierless.catalogue.FeeView;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Question;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.requests.Requests;
import uk.tierless.reports.UsageCounter;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.util.List;
import java.util.Objects;

/** Public: the tiles for where a resident lives, as JSON. */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    /** Use through the API is counted apart from the portal's pages. */
    static final String API_CHANNEL = "api";

    @Inject
    ServiceTiles tiles;

    public record TileView(String code, String name, String group, CouncilView council, String mode, String link,
                           String summary) {
    }

    @Inject
    UsageCounter usage;

    @Inject
    Requests requests;

    @Inject
    CouncilDirectory councils;

    @Inject
    Charges charges;

    public record FormQuestionView(String id, String type, String label, String hint, boolean required,
                                   List<Question.Option> options, String when, Question.ShowIf showIf) {
    }

    /** {@code paid}: whether the service takes a payment; {@code fees}: its fixed fees in pence (docs/fees.md). */
    public record ServiceFormView(String service, CouncilView council, int formVersion, List<FormQuestionView> questions,
                                  boolean paid, List<FeeView> fees) {
    }

    /** The responsible council's current form for the service where the resident is, with what it charges. */
    @GET
    @Path("/{code}")
    public ServiceFormView form(@PathParam("code") String code, @BeanParam PlaceQuery where) {
        FormView form = requests.offer(code, where).form();
        return new ServiceFormView(code, councils.require(form.council()), form.version(), form.questions().stream()
                .map(q -> new FormQuestionView(q.id(), q.type().code(), q.label(), q.hint(), q.isRequired(), q.options(),
                        q.when(), q.showIf()))
                .toList(), charges.isPaid(form.council(), code), charges.fees(form.council(), code));
    }

    @GET
    public List<TileView> services(@BeanParam PlaceQuery where, @HeaderParam("User-Agent") String userAgent) {
        List<Tile> found = tiles.forPlace(where);
        // An app's journey starts with its tiles: counted as a visit (and a postcode search) at the place's partnership.
        String partnership = found.stream().map(tile -> tile.council().partnership()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        usage.count(where.hasPostcode() ? List.of(UsageCounter.VISIT, UsageCounter.POSTCODE_SEARCH)
                        : List.of(UsageCounter.VISIT),
                new UsageCounter.FrontDoor(partnership, null, API_CHANNEL, UsageCounter.deviceClass(userAgent)),
                found.stream().map(tile -> new UsageCounter.TileUse(tile.council().slug(), tile.code())).toList(),
                UsageCounter.TILE_SHOWN);
        return found.stream()
                .map(tile -> new TileView(tile.code(), tile.name(), tile.group(), tile.council(), tile.mode(),
                        tile.link(), tile.summary()))
                .toList();
    }
}
