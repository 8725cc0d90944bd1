package uk.tierless.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffPaths;
import uk.tierless.identity.StaffRole;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.PartnershipView;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The board's pages (docs/reports.md, Pages): a partnership's report at {@code /board}, a council's at
 * {@code /board/council?council=…} ({@code /board/<council>} leads there: CSRF tokens, which the staff header's
 * sign-out form needs, are made for fixed paths only), with the same reach as the API ({@link ReportReach}).
 */
@Path(StaffPaths.BOARD)
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    @CheckedTemplate(basePath = "BoardPages")
    static class Templates {
        static native TemplateInstance report(BoardView view, List<BoardPageLinks.Council> councils);

        static native TemplateInstance partnerships(List<PartnershipView> partnerships);

        static native TemplateInstance refused(String heading, BoardPageLinks.Problems problems,
                                               PeriodChoice choice, String from, String to, String council,
                                               String partnership);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReportReach reach;

    @Inject
    BoardReports reports;

    @Inject
    CouncilDirectory councils;

    @Inject
    BoardPageLinks links;

    /**
     * A board member's partnership (from the token; another one named in the query is a 403); a platform
     * administrator's choice of partnership; council staff are sent on to their own council's page.
     */
    @GET
    public Response partnership(@QueryParam("partnership") String partnership, @QueryParam("period") String period,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        Staff staff = currentStaff.require();
        String slug = partnership != null && !partnership.isBlank() ? partnership
                : staff.sitsOnBoard() ? staff.partnership() : null;
        if (slug == null || slug.isBlank()) {
            if (staff.has(StaffRole.PLATFORM_ADMIN)) {
                return Response.ok(Templates.partnerships(councils.partnerships())).build();
            }
            if (staff.worksForOwnCouncil()) {
                return Response.seeOther(URI.create(BoardPageLinks.councilPage(staff.council()))).build();
            }
            throw ApiException.forbidden("Only a partnership's board, its councils' staff and platform administrators"
                    + " can see the board's reports.");
        }
        reach.partnershipBoard(slug);
        return page(null, slug, period, from, to, choice -> {
            String query = "partnership=" + BoardPageLinks.encode(slug) + "&" + choice.query();
            BoardReport report = reports.partnership(slug, choice.period());
            BoardView view = BoardView.of("partnership", report, choice, query, staff.sitsOnBoard(),
                    new BoardTables.Sorting(sort, dir, query));
            return Templates.report(view, links.councils(report, choice));
        });
    }

    /** One member council's report; a caseworker sees its operational figures only. */
    @GET
    @Path("/council")
    public Response council(@QueryParam("council") String council, @QueryParam("period") String period,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        if (council == null || council.isBlank()) {
            throw ApiException.notFound("Choose a council from your partnership's report.");
        }
        ReportReach.View seen = reach.council(council);
        return page(council, null, period, from, to, choice -> {
            String query = "council=" + BoardPageLinks.encode(council) + "&" + choice.query();
            BoardReport report = seen.of(reports.council(council, choice.period()));
            BoardView view = BoardView.of("council", report, choice, query, currentStaff.require().sitsOnBoard(),
                    new BoardTables.Sorting(sort, dir, query));
            return Templates.report(view, List.of());
        });
    }

    /**
     * A table of the report as CSV, as the API's {@code report.csv} answers it, for the page's download links
     * (which carry the staff cookie, not a bearer token).
     */
    @GET
    @Path("/report.csv")
    @Produces(ReportAnswers.CSV)
    public Response csv(@QueryParam("partnership") String partnership, @QueryParam("council") String council,
                        @QueryParam("period") String period, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("by") String by) {
        ReportTable table = ReportTable.parse(by);
        if (council != null && !council.isBlank()) {
            ReportReach.View seen = reach.council(council);
            return ReportAnswers.csv(seen.of(reports.council(council, links.choice(period, from, to).period())), table);
        }
        String slug = partnership == null ? "" : partnership;
        reach.partnershipBoard(slug);
        return ReportAnswers.csv(reports.partnership(slug, links.choice(period, from, to).period()), table);
    }

    /** {@code /board/tamworth}: the council's page, with the same query. */
    @GET
    @Path("/{council}")
    public Response councilAddress(@PathParam("council") String council, @QueryParam("period") String period,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        reach.council(council);
        StringBuilder target = new StringBuilder(BoardPageLinks.councilPage(council));
        BoardPageLinks.append(target, "period", period);
        BoardPageLinks.append(target, "from", from);
        BoardPageLinks.append(target, "to", to);
        return Response.seeOther(URI.create(target.toString())).build();
    }

    /**
     * The report page for the period asked for; if the dates or period are wrong, the chooser again with what was
     * typed and what is wrong with it (a 400).
     */
    private Response page(String council, String partnership, String period, String from, String to,
                          Function<PeriodChoice, TemplateInstance> report) {
        PeriodChoice choice;
        try {
            choice = links.choice(period, from, to);
        } catch (ApiException refusal) {
            if (refusal.status().getStatusCode() != 400) {
                throw refusal;
            }
            return refused(refusal, from, to, council, partnership);
        }
        return Response.ok(report.apply(choice)).build();
    }

    private Response refused(ApiException refusal, String from, String to, String council, String partnership) {
        String heading = council != null ? councils.require(council).name()
                : reports.requirePartnership(partnership).name();
        return Response.status(400).entity(Templates.refused(heading, BoardPageLinks.problems(refusal),
                links.choice(null, null, null), from, to, council, partnership)).build();
    }
}
