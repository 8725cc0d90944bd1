package uk.tierless.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** One table of a member council's report as CSV (docs/reports.md, API). */
@Path("/api/v1/councils/{slug}/report.csv")
@Produces(ReportAnswers.CSV)
public class CouncilReportCsvResource {

    @Inject
    ReportReach reach;

    @Inject
    BoardReports reports;

    @GET
    public Response report(@PathParam("slug") String slug, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("by") String by) {
        ReportReach.View view = reach.council(slug);
        ReportTable table = ReportTable.parse(by);
        return ReportAnswers.csv(view.of(reports.council(slug, ReportPeriod.parse(from, to))), table);
    }
}
