package uk.tierless.collections;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.time.Clock;

/** {@code GET /calendar/{uprn}.ics}: an address's bin days as a feed a calendar app subscribes to (public). */
@Path("/calendar")
public class CalendarResource {

    @Inject
    BinDays binDays;

    @Inject
    Clock clock;

    @GET
    @Path("/{uprn}.ics")
    @Produces(Feed.MEDIA_TYPE)
    public Response feed(@PathParam("uprn") String uprn) {
        String feed = Feed.of(binDays.next(uprn), clock.instant());
        return Response.ok(feed, Feed.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"bin-days-" + uprn + ".ics\"")
                .header("Cache-Control", "public, max-age=3600").build();
    }
}
