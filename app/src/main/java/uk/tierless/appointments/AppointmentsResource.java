package uk.tierless.appointments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.CouncilDirectory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Public reads, no sign-in (like the places and services): a council's register offices, and an office's free
 * slots over a range of days. Office ids are a council's own ("stafford"), so the slots need the council too.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    static final int MOST_DAYS = 62;

    @Inject
    Appointments appointments;

    @Inject
    CouncilDirectory councils;

    @GET
    @Path("/register-offices")
    public List<OfficeView> offices(@QueryParam("council") String council) {
        return appointments.offices(council(council));
    }

    @GET
    @Path("/appointments/slots")
    public List<SlotView> slots(@QueryParam("council") String council, @QueryParam("office") String office,
                                @QueryParam("from") String from, @QueryParam("to") String to) {
        String slug = council(council);
        List<ApiError.FieldError> problems = new ArrayList<>();
        if (office == null || office.isBlank()) {
            problems.add(new ApiError.FieldError("office", "is missing: an office id from /api/v1/register-offices"));
        }
        LocalDate first = day("from", from, problems);
        LocalDate last = day("to", to, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new ApiError.FieldError("to", "is before from"));
        } else if (first != null && last != null && ChronoUnit.DAYS.between(first, last) + 1 > MOST_DAYS) {
            problems.add(new ApiError.FieldError("to", "is more than " + MOST_DAYS + " days after from: ask for fewer days"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("The slots need an office and a range of days of up to " + MOST_DAYS, problems);
        }
        return appointments.slots(slug, office, first, last);
    }

    private String council(String council) {
        if (council == null || council.isBlank()) {
            throw ApiException.invalid("Name the council", List.of(new ApiError.FieldError("council",
                    "is missing: a council's slug, such as staffordshire")));
        }
        return councils.require(council).slug();
    }

    private static LocalDate day(String field, String text, List<ApiError.FieldError> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new ApiError.FieldError(field, "is missing: a day as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ApiError.FieldError(field, "is not a real day as YYYY-MM-DD"));
            return null;
        }
    }
}
