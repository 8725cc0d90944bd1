package uk.tierless.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A partnership's report as JSON (docs/reports.md, API): its board and platform administrators. */
@Path("/api/v1/partnerships/{slug}/report")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipReportResource {

    @Inject
    ReportReach reach;

    @Inject
    BoardReports reports;

    @GET
    public Response report(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to) {
        reach.partnershipBoard(slug);
        return ReportAnswers.json(reports.partnership(slug, ReportPeriod.parse(from, to)));
    }
}
