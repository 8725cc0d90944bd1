package uk.tierless.appointments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.platform.Text;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * {@code /staff/appointments}: a register office's day list for the council's staff (caseworkers and tenant
 * administrators of the council in their token), with attended / no-show and blocking a slot with a reason.
 */
@Path("/staff/appointments")
@Produces(MediaType.TEXT_HTML)
public class AppointmentStaffPages {

    static final int MOST_REASON = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance day(DayLists.DayList list, String dayLabel, LocalDate previous, LocalDate next,
                                           String blocking, String error, String done);
    }

    @Inject
    DayLists dayLists;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance day(@QueryParam("office") String office, @QueryParam("day") String day,
                                @QueryParam("done") String done) {
        return page(staff(), office, day(day), null, null, done);
    }

    @POST
    @Path("/mark")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@FormParam("request") String request, @FormParam("state") String state,
                         @FormParam("office") String office, @FormParam("day") String day) {
        Staff staff = staff();
        dayLists.mark(staff.council(), staff.username(), id(request), state);
        return back(office, day, "marked");
    }

    @POST
    @Path("/block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response block(@FormParam("slot") String slot, @FormParam("reason") String reason,
                          @FormParam("office") String office, @FormParam("day") String day) {
        Staff staff = staff();
        String why = Text.oneLine(reason, MOST_REASON);
        if (why == null) {
            return Response.status(400).entity(page(staff, office, day(day), slot,
                    "Enter why the slot is blocked, in " + MOST_REASON + " characters or fewer", null)).build();
        }
        dayLists.block(staff.council(), staff.username(), id(slot), why);
        return back(office, day, "blocked");
    }

    @POST
    @Path("/unblock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unblock(@FormParam("slot") String slot, @FormParam("office") String office, @FormParam("day") String day) {
        Staff staff = staff();
        dayLists.block(staff.council(), staff.username(), id(slot), null);
        return back(office, day, "unblocked");
    }

    private TemplateInstance page(Staff staff, String office, LocalDate day, String blocking, String error, String done) {
        DayLists.DayList list = dayLists.day(staff.council(), office, day);
        String said = done != null && done.matches("marked|blocked|unblocked") ? done : null;
        return Templates.day(list, AppointmentWords.day(day), day.minusDays(1), day.plusDays(1), blocking, error, said);
    }

    private Staff staff() {
        Staff staff = currentStaff.require();
        if (!staff.worksForOwnCouncil()) {
            throw ApiException.forbidden("Only a council's own staff can see its appointments.");
        }
        return staff;
    }

    private LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? AppointmentWords.today(clock) : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return AppointmentWords.today(clock);
        }
    }

    private static UUID id(String text) {
        return Text.uuid(text).orElseThrow(() -> ApiException.notFound("There is no such appointment or slot"));
    }

    private Response back(String office, String day, String done) {
        return Response.seeOther(URI.create("/staff/appointments?office=" + URLEncoder.encode(office == null ? "" : office,
                StandardCharsets.UTF_8) + "&day=" + day(day) + "&done=" + done)).build();
    }
}
