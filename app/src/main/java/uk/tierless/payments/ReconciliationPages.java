package uk.tierless.payments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffPaths;
import uk.tierless.tenancy.CouncilDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The reconciliation page of a council's tenant administrators and finance staff, {@code /staff/payments}: a GET form
 * of two dates (today by default), the days' money by service, the payments, and the CSV (docs/payments.md). The
 * council is the one in the token.
 */
@Path(StaffPaths.HOME)
public class ReconciliationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reconciliation(String councilName, String from, String to,
                                                      List<Problem> problems, String fromError, String toError,
                                                      ReconciliationView view);
    }

    /** A refused date, for the error summary (linking to the field) and beside the field. */
    public record Problem(String field, String message) {
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReconciliationReach reach;

    @Inject
    Reconciliation reconciliation;

    @Inject
    CouncilDirectory councils;

    @Inject
    Clock clock;

    @GET
    @Path("payments")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        String council = ownCouncil();
        String name = councils.require(council).name();
        String today = LocalDate.now(clock.withZone(ReconciliationPeriod.LONDON)).toString();
        String first = from == null && to == null ? today : from;
        String last = from == null && to == null ? today : to;
        ReconciliationPeriod period;
        try {
            period = ReconciliationPeriod.parse(first, last);
        } catch (ApiException refusal) {
            List<ApiError.FieldError> details = refusal.toError().details();
            List<Problem> problems = details.stream().map(detail -> new Problem(detail.field(),
                    Character.toUpperCase(detail.message().charAt(0)) + detail.message().substring(1))).toList();
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.reconciliation(name, first, last,
                    problems, messageFor(problems, "from"), messageFor(problems, "to"), null)).build();
        }
        ReconciliationView view = ReconciliationView.of(reconciliation.of(council, period));
        return Response.ok(Templates.reconciliation(name, first, last, List.of(), null, null, view)).build();
    }

    /** The page's download, as the API's payments.csv answers it, with the staff cookie rather than a bearer token. */
    @GET
    @Path("payments.csv")
    @Produces(LedgerCsv.TYPE)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        String council = ownCouncil();
        return ReconciliationReach.download(reconciliation.of(council, ReconciliationPeriod.parse(from, to)));
    }

    private static String messageFor(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).map(Problem::message)
                .findFirst().orElse(null);
    }

    private String ownCouncil() {
        Staff staff = currentStaff.require();
        if (staff.council() == null) {
            throw ApiException.forbidden("Only a council's administrators and finance staff can see its payments.");
        }
        return reach.require(staff.council()).council();
    }
}
