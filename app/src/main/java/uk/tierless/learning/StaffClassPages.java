package uk.tierless.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The class lists of a council's staff, {@code /staff/classes} (the council is the one in their token): every class
 * of the programme, and one class's learners, with moving a learner to another class of the course and cancelling
 * the class (every learner told and refunded). Another council's class is not found.
 */
@Path("/staff/classes")
@Produces(MediaType.TEXT_HTML)
public class StaffClassPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programme(String councilName, List<Learners.ProgrammeRow> rows);

        static native TemplateInstance classList(String councilName, Learners.ClassList list, String when, String done,
                                                 String error, String errorAt);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CouncilDirectory councils;

    @Inject
    Learners learners;

    @GET
    public TemplateInstance page(@QueryParam("class") String classId, @QueryParam("done") String done) {
        String council = ownCouncil().council();
        String name = councils.require(council).name();
        if (classId == null || classId.isBlank()) {
            return Templates.programme(name, learners.programme(council));
        }
        return classList(council, classId, done, null, null);
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(MultivaluedMap<String, String> posted) {
        String council = ownCouncil().council();
        String from = posted.getFirst("class");
        try {
            learners.move(council, requestId(posted.getFirst("request")), posted.getFirst("to"));
            return done(from, "moved");
        } catch (ApiException e) {
            return refused(council, from, e, "learners");
        }
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(MultivaluedMap<String, String> posted) {
        Staff staff = ownCouncil();
        String classId = posted.getFirst("class");
        String reason = posted.getFirst("reason") == null ? "" : posted.getFirst("reason").trim();
        if (reason.isEmpty() || reason.length() > 500) {
            return Response.status(400).entity(classList(staff.council(), classId, null,
                    "Give the reason the class is cancelled, in up to 500 characters: every learner is told it.", "reason")).build();
        }
        try {
            learners.cancelClass(staff.council(), classId, reason.endsWith(".") ? reason : reason + ".", staff);
            return done(classId, "cancelled");
        } catch (ApiException e) {
            return refused(staff.council(), classId, e, "reason");
        }
    }

    private TemplateInstance classList(String council, String classId, String done, String error, String errorAt) {
        Learners.ClassList list = learners.classList(council, classId)
                .orElseThrow(() -> ApiException.notFound("There is no class ‘" + classId + "’ at your council."));
        return Templates.classList(councils.require(council).name(), list, ClassWords.when(list.taught()),
                "moved".equals(done) || "cancelled".equals(done) ? done : null, error, errorAt);
    }

    private Response refused(String council, String classId, ApiException e, String errorAt) {
        if (e.status() != Response.Status.BAD_REQUEST && e.status() != Response.Status.CONFLICT) {
            throw e;
        }
        return Response.status(e.status()).entity(classList(council, classId, null, e.getMessage(), errorAt)).build();
    }

    private static Response done(String classId, String what) {
        return Response.seeOther(URI.create("/staff/classes?class=" + URLEncoder.encode(classId, StandardCharsets.UTF_8)
                + "&done=" + what)).build();
    }

    private static UUID requestId(String text) {
        try {
            return UUID.fromString(text);
        } catch (RuntimeException e) {
            throw ApiException.notFound("There is no such learner.");
        }
    }

    private Staff ownCouncil() {
        Staff staff = currentStaff.require();
        if (!staff.worksForOwnCouncil()) {
            throw ApiException.forbidden("Only a council's caseworkers and administrators can see its classes.");
        }
        return staff;
    }
}
