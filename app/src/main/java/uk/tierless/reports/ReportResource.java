package uk.tierless.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The board's reports as JSON and their tables as CSV (docs/reports.md, API). Reach is checked before the dates are
 * read, so that a caller with no token gets a 401 whatever they sent.
 */
@Path("/api/v1")
public class ReportResource {

    @Inject
    ReportReach reach;

    @Inject
    BoardReports reports;

    @GET
    @Path("partnerships/{slug}/report")
    @Produces(MediaType.APPLICATION_JSON)
    public Response partnership(@PathParam("slug") String slug, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        reach.partnershipBoard(slug);
        return ReportAnswers.json(reports.partnership(slug, ReportPeriod.parse(from, to)));
    }

    @GET
    @Path("partnerships/{slug}/report.csv")
    @Produces(ReportAnswers.CSV)
    public Response partnershipCsv(@PathParam("slug") String slug, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("by") String by) {
        reach.partnershipBoard(slug);
        ReportTable table = ReportTable.parse(by);
        return ReportAnswers.csv(reports.partnership(slug, ReportPeriod.parse(from, to)), table);
    }

    /** Caseworkers see the council's operational figures only. */
    @GET
    @Path("councils/{slug}/report")
    @Produces(MediaType.APPLICATION_JSON)
    public Response council(@PathParam("slug") String slug, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        ReportReach.View view = reach.council(slug);
        return ReportAnswers.json(view.of(reports.council(slug, ReportPeriod.parse(from, to))));
    }

    @GET
    @Path("councils/{slug}/report.csv")
    @Produces(ReportAnswers.CSV)
    public Response councilCsv(@PathParam("slug") String slug, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("by") String by) {
        ReportReach.View view = reach.council(slug);
        ReportTable table = ReportTable.parse(by);
        return ReportAnswers.csv(view.of(reports.council(slug, ReportPeriod.parse(from, to))), table);
    }
}
