package uk.tierless.appointments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A resident's appointment from their tracking link: {@code /track/{token}/appointment} (what is booked, with
 * Change and Cancel), its calendar file, and the pages to choose another time or cancel. Those two hold forms, so
 * they sit at fixed paths that make CSRF tokens ({@code quarkus.rest-csrf.create-token-path}) and carry the
 * tracking token as a field.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AppointmentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appointment(ResidentAppointments.Held held, Shown shown, String token, String done);

        static native TemplateInstance change(ResidentAppointments.Held held, Shown shown, String token,
                                              ResidentAppointments.Week week, String error);

        static native TemplateInstance cancel(ResidentAppointments.Held held, Shown shown, String token);
    }

    /** The appointment in words: when, and its state's label. */
    public record Shown(String when, String state) {

        static Shown of(AppointmentView appointment) {
            return new Shown(AppointmentWords.when(appointment.start()), AppointmentStates.label(appointment.state()));
        }
    }

    @Inject
    ResidentAppointments residents;

    @GET
    @Path("track/{token}/appointment")
    public TemplateInstance appointment(@PathParam("token") String token, @QueryParam("done") String done) {
        ResidentAppointments.Held held = residents.held(token);
        String said = "moved".equals(done) || "cancelled".equals(done) ? done : null;
        return Templates.appointment(held, Shown.of(held.appointment()), token, said);
    }

    @GET
    @Path("track/{token}/appointment.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("token") String token) {
        ResidentAppointments.Held held = residents.held(token);
        return Response.ok(residents.calendar(held)).type("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"appointment.ics\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("track/appointment/change")
    public TemplateInstance change(@QueryParam("token") String token, @QueryParam("office") String office,
                                   @QueryParam("from") String from) {
        ResidentAppointments.Held held = live(token);
        return Templates.change(held, Shown.of(held.appointment()), token, residents.week(held, office, day(from)), null);
    }

    @POST
    @Path("track/appointment/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@FormParam("token") String token, @FormParam("office") String office,
                         @FormParam("from") String from, @FormParam("slot") String slot) {
        ResidentAppointments.Held held = live(token);
        if (slot == null || slot.isBlank()) {
            return again(held, token, office, from, 400, "Choose a time");
        }
        try {
            residents.move(held, slot);
            return Response.seeOther(URI.create("/track/" + encoded(token) + "/appointment?done=moved")).build();
        } catch (ApiException e) {
            if (e.status().getStatusCode() >= 500) {
                throw e;
            }
            return again(held, token, office, from, e.status().getStatusCode(), e.getMessage());
        }
    }

    @GET
    @Path("track/appointment/cancel")
    public TemplateInstance cancelPage(@QueryParam("token") String token) {
        ResidentAppointments.Held held = live(token);
        return Templates.cancel(held, Shown.of(held.appointment()), token);
    }

    @POST
    @Path("track/appointment/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@FormParam("token") String token) {
        residents.cancel(live(token));
        return Response.seeOther(URI.create("/track/" + encoded(token) + "/appointment?done=cancelled")).build();
    }

    private Response again(ResidentAppointments.Held held, String token, String office, String from, int status, String error) {
        return Response.status(status).entity(Templates.change(held, Shown.of(held.appointment()), token,
                residents.week(held, office, day(from)), error)).build();
    }

    /** A booked appointment to change: one attended, missed or cancelled already is a 409 page. */
    private ResidentAppointments.Held live(String token) {
        ResidentAppointments.Held held = residents.held(token);
        if (!held.live()) {
            throw ApiException.conflict("This appointment is " + Shown.of(held.appointment()).state().toLowerCase()
                    + ": it cannot be changed. Call the register office if you need another.");
        }
        return held;
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
