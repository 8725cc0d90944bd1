package uk.tierless.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffPaths;

import java.util.ArrayList;
import java.util.List;

/**
 * The printable board pack (docs/reports.md, Pages): for a partnership, one page for the partnership and one for
 * each member council, each with the period's headline figures, its charts and the savings; for a council, its
 * own page. The page is the printable thing: its print stylesheet (css/tierless.css) fits A4, starts each report
 * on a new sheet and leaves out the navigation and the forms.
 */
@Path(StaffPaths.BOARD + "/pack")
@Produces(MediaType.TEXT_HTML)
public class BoardPackPage {

    @CheckedTemplate(basePath = "BoardPages")
    static class Templates {
        static native TemplateInstance pack(String heading, PeriodChoice choice, String council, String partnership,
                                            List<BoardView> pages);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReportReach reach;

    @Inject
    BoardReports reports;

    @Inject
    BoardPageLinks links;

    @GET
    public TemplateInstance pack(@QueryParam("partnership") String partnership, @QueryParam("council") String council,
                                 @QueryParam("period") String period, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        Staff staff = currentStaff.require();
        String councilSlug = council != null && !council.isBlank() ? council
                : staff.sitsOnBoard() || partnership != null ? null : staff.council();
        PeriodChoice choice = links.choice(period, from, to);
        BoardTables.Sorting unsorted = new BoardTables.Sorting(null, null, "");
        List<BoardView> pages = new ArrayList<>();
        if (councilSlug != null) {
            BoardReport report = reach.council(councilSlug).of(reports.council(councilSlug, choice.period()));
            pages.add(BoardView.of(councilSlug, report, choice, "", false, unsorted));
            return Templates.pack(report.council().name(), choice, councilSlug, null, pages);
        }
        String slug = partnership != null && !partnership.isBlank() ? partnership : staff.partnership();
        if (slug == null) {
            throw ApiException.notFound("Choose a partnership's report first: its page links to its pack.");
        }
        reach.partnershipBoard(slug);
        BoardReport whole = reports.partnership(slug, choice.period());
        pages.add(BoardView.of("partnership", whole, choice, "", false, unsorted));
        for (String member : whole.partnership().members()) {
            pages.add(BoardView.of(member, reports.council(member, choice.period()), choice, "", false, unsorted));
        }
        return Templates.pack(whole.partnership().name(), choice, null, slug, pages);
    }
}
