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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.platform.Text;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /admin/appointments}: the council's appointment setup for its tenant administrators: the window and the
 * phone number, each register office's details and weekly hours, and closures. Saving regenerates the slots.
 */
@Path("/admin/appointments")
@Produces(MediaType.TEXT_HTML)
public class AppointmentAdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(AppointmentAdmin.Setup setup, RegisterOffice office, Map<String, String> values,
                                             List<DayRow> days, List<ApiError.FieldError> errors,
                                             Map<String, String> byField, String done);
    }

    /** A weekday's row of the hours form: the day's name, its field prefix and the values shown. */
    public record DayRow(String label, String field, String opens, String closes, String minutes, String registrars) {

        public String opensField() {
            return field + "-opens";
        }

        public String closesField() {
            return field + "-closes";
        }

        public String minutesField() {
            return field + "-minutes";
        }

        public String registrarsField() {
            return field + "-registrars";
        }
    }

    @Inject
    Reach reach;

    @Inject
    AppointmentAdmin admin;

    @GET
    public TemplateInstance setup(@QueryParam("office") String office, @QueryParam("done") String done) {
        Staff staff = reach.councilAdmin();
        String said = done != null && done.matches("settings|office|closure|removed") ? done : null;
        return page(staff, office, null, List.of(), said);
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response settings(@FormParam("windowDays") String windowDays, @FormParam("phone") String phone) {
        Staff staff = reach.councilAdmin();
        return saved(staff, null, null, "settings", () -> admin.settings(staff.council(), staff.username(), windowDays, phone));
    }

    @POST
    @Path("/office")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response office(MultivaluedMap<String, String> form) {
        Staff staff = reach.councilAdmin();
        String code = form.getFirst("office");
        List<AppointmentAdmin.DayRule> days = Arrays.stream(DayOfWeek.values()).map(day -> {
            String at = day.name().toLowerCase();
            return new AppointmentAdmin.DayRule(day, form.getFirst(at + "-opens"), form.getFirst(at + "-closes"),
                    form.getFirst(at + "-minutes"), form.getFirst(at + "-registrars"));
        }).toList();
        return saved(staff, code, form, "office", () -> admin.office(staff.council(), staff.username(), code,
                form.getFirst("name"), form.getFirst("address"), form.getFirst("openingTimes"), days));
    }

    @POST
    @Path("/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closure(@FormParam("closureOffice") String office, @FormParam("from") String from,
                            @FormParam("to") String to, @FormParam("reason") String reason) {
        Staff staff = reach.councilAdmin();
        return saved(staff, null, null, "closure", () -> admin.addClosure(staff.council(), staff.username(), office, from, to, reason));
    }

    @POST
    @Path("/closure/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeClosure(@FormParam("closure") String closure) {
        Staff staff = reach.councilAdmin();
        UUID id = Text.uuid(closure).orElseThrow(() -> ApiException.notFound("There is no such closure"));
        return saved(staff, null, null, "removed", () -> admin.removeClosure(staff.council(), staff.username(), id));
    }

    private Response saved(Staff staff, String office, MultivaluedMap<String, String> posted, String done, Runnable change) {
        try {
            change.run();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            return Response.status(400).entity(page(staff, office, posted, e.toError().details(), null)).build();
        }
        return Response.seeOther(URI.create("/admin/appointments?done=" + done
                + (office == null ? "" : "&office=" + URLEncoder.encode(office, StandardCharsets.UTF_8)))).build();
    }

    private TemplateInstance page(Staff staff, String officeCode, MultivaluedMap<String, String> posted,
                                  List<ApiError.FieldError> errors, String done) {
        AppointmentAdmin.Setup setup = admin.setup(staff.council());
        RegisterOffice office = setup.offices().stream().filter(o -> o.code.equals(officeCode)).findFirst()
                .orElse(setup.offices().isEmpty() ? null : setup.offices().get(0));
        List<DayRow> days = office == null ? List.of() : Arrays.stream(DayOfWeek.values()).map(day -> {
            String at = day.name().toLowerCase();
            if (posted != null) {
                return new DayRow(label(day), at, posted.getFirst(at + "-opens"), posted.getFirst(at + "-closes"),
                        posted.getFirst(at + "-minutes"), posted.getFirst(at + "-registrars"));
            }
            Optional<OfficeRule> rule = setup.rules().get(office.id).stream().filter(r -> r.day() == day).findFirst();
            return new DayRow(label(day), at, rule.map(r -> r.opens.toString()).orElse(""),
                    rule.map(r -> r.closes.toString()).orElse(""), rule.map(r -> String.valueOf(r.slotMinutes)).orElse(""),
                    rule.map(r -> String.valueOf(r.registrars)).orElse(""));
        }).toList();
        Map<String, String> values = new LinkedHashMap<>();
        if (office != null) {
            values.put("name", posted != null ? posted.getFirst("name") : office.name);
            values.put("address", posted != null ? posted.getFirst("address") : office.address);
            values.put("openingTimes", posted != null ? posted.getFirst("openingTimes") : office.openingTimes);
        }
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.merge(error.field(), error.message(), (first, second) -> first + "; " + second));
        return Templates.setup(setup, office, values, days, errors, byField, done);
    }

    private static String label(DayOfWeek day) {
        String name = day.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
