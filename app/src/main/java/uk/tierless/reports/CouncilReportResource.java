package uk.tierless.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A member council's report as JSON (docs/reports.md, API): caseworkers see its operational figures only. */
@Path("/api/v1/councils/{slug}/report")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilReportResource {

    @Inject
    ReportReach reach;

    @Inject
    BoardReports reports;

    @GET
    public Response report(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportReach.View view = reach.council(slug);
        return ReportAnswers.json(view.of(reports.council(slug, ReportPeriod.parse(from, to))));
    }
}
