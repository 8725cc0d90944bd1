package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.api.MemoryFirst;
import uk.tierless.catalogue.SafeMarkdown;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.collections.BinDays;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.Channels;
import uk.tierless.tenancy.CouncilView;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The citizen portal: postcode, then address where it matters, then both councils' services as tiles, then the
 * service the way its council offers it. Where the resident is travels in the URL ({@code postcode} or
 * {@code uprn}, and {@code c} for the council profile they came through), never in server memory.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(CouncilView council, String welcome, String postcode, String error, String home,
                                             ServiceTypeView service);

        static native TemplateInstance address(CouncilView council, Place place, String error, String home,
                                               ServiceTypeView service);

        static native TemplateInstance councils(CouncilView council, String where, CouncilView district, CouncilView county,
                                                List<TileGroup> groups, String query, String placeKey, String placeValue,
                                                List<CouncilLink> outside, boolean elsewhere, String home);

        static native TemplateInstance service(Tile tile, String content, String query, String home);

        static native TemplateInstance search(CouncilView council, String q, List<SearchResult> results, boolean place,
                                              String placeKey, String placeValue, String home);

        static native TemplateInstance accessibility();

        static native TemplateInstance privacy();
    }

    static final String CHANNEL = Channels.WEB;

    public record SearchResult(String name, String council, String href) {
    }

    @Inject
    Gazetteer gazetteer;

    @Inject
    ServiceTiles tiles;

    @Inject
    PortalProfiles profiles;

    @Inject
    Masthead masthead;

    @Inject
    PageUse pageUse;

    @Inject
    RenderedPages rendered;

    @Inject
    BinDays binDays;

    /** What a start page is rendered from. */
    private record StartPage(Masthead.Identity masthead, String council, String service) {
    }

    /** What a tiles page is rendered from, besides the place itself (its slots). */
    private record TilesPage(Masthead.Identity masthead, String council, CouncilView district, CouncilView county,
                             List<TileGroup> groups, String placeKey, List<CouncilLink> outside, boolean elsewhere) {
    }

    /** The front door; {@code service} is the one a search result leads to, kept through the postcode step. */
    @GET
    public Uni<String> start(@QueryParam("service") String service) {
        return startPage(null, service);
    }

    /** The same portal entered through one council: its name, colour and welcome. */
    @GET
    @Path("c/{slug}")
    public Uni<String> profile(@PathParam("slug") String slug, @QueryParam("service") String service) {
        return startPage(slug, service);
    }

    /**
     * The front door, or a council's ({@code slug}): the same for everyone who comes through it, so kept rendered
     * (RenderedPages) and then answered on the I/O thread (MemoryFirst).
     */
    private Uni<String> startPage(String slug, String serviceCode) {
        return MemoryFirst.answer(rendered.answersFromMemory(() -> startKey(slug, serviceCode)), () -> {
            CouncilView council = slug == null ? null : profiles.require(slug);
            ServiceTypeView service = tiles.service(serviceCode);
            countPage(council);
            return rendered.page(startKey(slug, serviceCode), () -> Templates.start(council, council == null
                            ? masthead.getWelcome() : profiles.welcome(council.slug()), null, null,
                    PortalProfiles.home(council), service).render(), Map.of());
        });
    }

    private StartPage startKey(String slug, String serviceCode) {
        ServiceTypeView service = tiles.service(serviceCode);
        return new StartPage(masthead.identity(), slug, service == null ? null : service.code());
    }

    @GET
    @Path("find")
    public Response find(@QueryParam("postcode") String postcode, @QueryParam("c") String profile,
                         @QueryParam("missing") String missing, @QueryParam("service") String serviceCode) {
        CouncilView council = profiles.optional(profile);
        ServiceTypeView service = tiles.service(serviceCode);
        boolean searched = postcode != null && !postcode.isBlank();
        pageUse.count(council, List.of(), UsageCounter.TILE_SHOWN, searched);
        if (!searched) {
            return page(400, Templates.start(council, null, null, "Enter your postcode", PortalProfiles.home(council),
                    service));
        }
        Place place;
        try {
            place = gazetteer.byPostcode(postcode);
        } catch (ApiException e) {
            String error = e.status() == Response.Status.NOT_FOUND
                    ? "We could not find " + postcode.trim().toUpperCase(Locale.ROOT) + ": check it and try again"
                    : "Enter a real postcode, like B79 7AH";
            return page(e.status().getStatusCode(), Templates.start(council, null, postcode, error,
                    PortalProfiles.home(council), service));
        }
        if (place.addresses().isEmpty()) {
            return Response.seeOther(URI.create("/your-councils?" + Where.query("postcode", place.postcode(), council)
                    + serviceParam(service))).build();
        }
        String error = missing != null ? "Choose your address" : null;
        return page(error == null ? 200 : 400, Templates.address(council, place, error, PortalProfiles.home(council),
                service));
    }

    @GET
    @Path("your-councils")
    public Response yourCouncils(@QueryParam("postcode") String postcode, @QueryParam("uprn") String uprn,
                                 @QueryParam("c") String profile, @QueryParam("service") String serviceCode) {
        CouncilView council = profiles.optional(profile);
        Optional<Where> where = Where.of(postcode, uprn);
        ServiceTypeView service = tiles.service(serviceCode);
        if (where.isEmpty()) {
            return Response.seeOther(URI.create(PortalProfiles.home(council) + (service == null ? ""
                    : "?service=" + service.code()))).build();
        }
        try {
            if (service != null) {
                // Came from a search result: the place is known now, so on to that service.
                return Response.seeOther(URI.create("/services/" + service.code() + "?"
                        + where.get().query(council))).build();
            }
            List<Tile> found = tiles.forPlace(where.get().placeQuery());
            Place place = where.get().place(gazetteer);
            count(council, found, UsageCounter.TILE_SHOWN);
            return Response.ok(tilesPage(council, where.get(), place, found)).type(MediaType.TEXT_HTML_TYPE).build();
        } catch (ApiException e) {
            if ("address_needed".equals(e.toError().error())) {
                return Response.seeOther(URI.create("/find?" + Where.query("postcode", postcode, council) + "&missing=1"
                        + serviceParam(service))).build();
            }
            throw e;
        }
    }

    @GET
    @Path("services/{code}")
    public Response service(@PathParam("code") String code, @QueryParam("postcode") String postcode,
                            @QueryParam("uprn") String uprn, @QueryParam("c") String profile) {
        CouncilView council = profiles.optional(profile);
        Where where = Where.of(postcode, uprn).orElseThrow(() -> ApiException.notFound(
                "Tell us where you live first: start with your postcode."));
        Tile tile = tiles.forPlace(where.placeQuery()).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no service called '" + code + "'."));
        count(council, List.of(tile), UsageCounter.TILE_OPENED);
        String whereQuery = where.query(council);
        if ("form".equals(tile.mode()) && tile.council().member()) {
            return Response.seeOther(URI.create("/form?service=" + code + "&" + whereQuery)).build();
        }
        if (BinDays.SERVICE.equals(code) && tile.council().member() && binDays.hasRounds(tile.council().slug())) {
            // The council's rounds are here: its own page, once the address is known (it is per address).
            return Response.seeOther(URI.create(where.key().equals("uprn") ? "/bin-days?" + whereQuery
                    : "/find?" + whereQuery + "&service=" + code)).build();
        }
        String content = "info".equals(tile.mode()) ? SafeMarkdown.toHtml(profiles.content(tile)) : "";
        return Response.ok(Templates.service(tile, content, whereQuery, PortalProfiles.home(council))).build();
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("postcode") String postcode,
                                   @QueryParam("uprn") String uprn, @QueryParam("c") String profile) {
        CouncilView council = profiles.optional(profile);
        countPage(council);
        Optional<Where> where = Where.of(postcode, uprn);
        List<ServiceTypeView> found = tiles.search(q);
        List<String> codes = found.stream().map(ServiceTypeView::code).toList();
        List<SearchResult> results = found.isEmpty() ? List.of() : where
                .map(w -> tiles.forPlace(w.placeQuery()).stream().filter(tile -> codes.contains(tile.code()))
                        .sorted(Comparator.comparingInt((Tile tile) -> codes.indexOf(tile.code())))
                        .map(tile -> new SearchResult(tile.name(), tile.council().name(),
                                "/services/" + tile.code() + "?" + w.query(council)))
                        .toList())
                .orElseGet(() -> found.stream()
                        .map(type -> new SearchResult(type.name(), null,
                                PortalProfiles.home(council) + "?service=" + type.code())).toList());
        return Templates.search(council, q == null || q.isBlank() ? null : q.trim(), results, where.isPresent(),
                where.map(Where::key).orElse(null), where.map(Where::value).orElse(null), PortalProfiles.home(council));
    }

    @GET
    @Path("accessibility")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        return Templates.privacy();
    }

    /**
     * The tiles page, the same for everyone whose councils (and so tiles) are the same but for where they are: that
     * is written into its slots (RenderedPages).
     */
    private String tilesPage(CouncilView council, Where where, Place place, List<Tile> found) {
        List<TileGroup> groups = TileGroup.of(found);
        List<CouncilLink> outside = outsideThePartnerships(place);
        boolean elsewhere = elsewhere(council, place);
        TilesPage key = new TilesPage(masthead.identity(), council == null ? null : council.slug(), place.district(),
                place.county(), groups, where.key(), outside, elsewhere);
        return rendered.page(key, () -> Templates.councils(council, RenderedPages.slot("where"), place.district(),
                        place.county(), groups, RenderedPages.slot("query"), where.key(), RenderedPages.slot("place"),
                        outside, elsewhere, PortalProfiles.home(council)).render(),
                Map.of("where", where.label(place), "query", where.query(council),
                        "place", where.value()));
    }

    private void countPage(CouncilView origin) {
        pageUse.count(origin, List.of(), UsageCounter.TILE_SHOWN, false);
    }

    /** A page view, and one event per tile shown or opened: anonymous counts only (see PageUse). */
    private void count(CouncilView origin, List<Tile> tilesOnPage, String tileEvent) {
        pageUse.count(origin, tilesOnPage, tileEvent, false);
    }

    /** The councils' own sites where no council of the place is a member (one honest panel, not tiles); else empty. */
    private static List<CouncilLink> outsideThePartnerships(Place place) {
        if (place.district().member() || place.county() != null && place.county().member()) {
            return List.of();
        }
        return place.county() == null ? List.of(CouncilLink.of(place.district()))
                : List.of(CouncilLink.of(place.district()), CouncilLink.of(place.county()));
    }

    /** Entered through a council's profile with an address that council does not serve. */
    private static boolean elsewhere(CouncilView profile, Place place) {
        return profile != null && !profile.slug().equals(place.district().slug())
                && (place.county() == null || !profile.slug().equals(place.county().slug()));
    }

    private static String serviceParam(ServiceTypeView service) {
        return service == null ? "" : "&service=" + service.code();
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
