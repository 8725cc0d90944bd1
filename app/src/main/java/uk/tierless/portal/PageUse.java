package uk.tierless.portal;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.HttpSafety;
import uk.tierless.reports.UsageCounter;
import uk.tierless.tenancy.CouncilView;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts a portal page for the board, without cookies or anything of the person: a page view at the front door
 * (its partnership, the profile council); a visit when no page of this site led here (no Referer, or one from
 * another site); a postcode search when the page looked one up; and an event per tile the page shows or opens.
 */
@RequestScoped
class PageUse {

    @Inject
    CurrentVertxRequest current;

    @Inject
    Masthead masthead;

    @Inject
    UsageCounter usage;

    void count(CouncilView origin, List<Tile> tiles, String tileEvent, boolean postcodeSearch) {
        RoutingContext context = current.getCurrent();
        List<String> events = new ArrayList<>(List.of(UsageCounter.PAGE_VIEW));
        if (firstOfJourney(context)) {
            events.add(UsageCounter.VISIT);
        }
        if (postcodeSearch) {
            events.add(UsageCounter.POSTCODE_SEARCH);
        }
        usage.count(events, new UsageCounter.FrontDoor(masthead.partnershipSlug(), origin == null ? null : origin.slug(),
                        PortalPages.CHANNEL, UsageCounter.deviceClass(context.request().getHeader(HttpHeaders.USER_AGENT))),
                tiles.stream().map(tile -> new UsageCounter.TileUse(tile.council().slug(), tile.code())).toList(), tileEvent);
    }

    /** No page of this host led here: the Referer is missing, unreadable or another site's. */
    private static boolean firstOfJourney(RoutingContext context) {
        String referer = context.request().getHeader(HttpHeaders.REFERER);
        String host = HttpSafety.requestedHost(context);
        if (referer == null || host == null) {
            return true;
        }
        try {
            String from = URI.create(referer.trim()).getHost();
            return from == null || !from.toLowerCase(Locale.ROOT).equals(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
