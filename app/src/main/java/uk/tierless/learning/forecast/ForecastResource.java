package uk.tierless.learning.forecast;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Reach;
import uk.tierless.tenancy.CouncilDirectory;

import java.util.List;

/**
 * A council's demand forecasts for its adult-learning courses (docs/forecasts.md), for its own staff: no token 401,
 * an unknown council 404, anyone else 403. Aggregates only, but the council's own: {@code Cache-Control: private}.
 * Its own full path: a class at {@code /api/v1/councils/{slug}} would take every request for a council from
 * CouncilResource.
 */
@Path("/api/v1/councils/{slug}/forecasts/courses")
public class ForecastResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    CourseForecasts forecasts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response courses(@PathParam("slug") String slug) {
        currentStaff.require();
        councils.require(slug);
        reach.councilStaff(slug);
        List<ForecastView> answer = forecasts.of(slug).stream().map(ForecastView::of).toList();
        return Response.ok(answer).header(HttpHeaders.CACHE_CONTROL, "private").build();
    }
}
