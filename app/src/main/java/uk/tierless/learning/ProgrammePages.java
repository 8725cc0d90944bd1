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
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.platform.Money;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The programme page of a council's tenant administrators, {@code /admin/classes}: import a term's programme as
 * CSV (what it did, or why it changed nothing, by line) and edit a course's title, subject, description and fees.
 */
@Path("/admin/classes")
@Produces(MediaType.TEXT_HTML)
public class ProgrammePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programme(List<Programme.CourseSettings> courses, List<String> columns,
                                                 ProgrammeImported imported, String failure, List<ApiError.FieldError> failedRows,
                                                 String saved);

        static native TemplateInstance course(String code, Map<String, String> values, Map<String, String> errors);
    }

    @Inject
    Reach reach;

    @Inject
    Programme programme;

    @GET
    public TemplateInstance page(@QueryParam("saved") String saved) {
        String council = reach.councilAdmin().council();
        return Templates.programme(programme.courses(council), ProgrammeFile.COLUMNS, null, null, List.of(),
                saved == null ? null : "The course is saved.");
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response load(MultipartFormDataInput posted) {
        String council = reach.councilAdmin().council();
        FormValue file = posted.getValues().getOrDefault("programme", List.of()).stream()
                .filter(FormValue::isFileItem).findFirst().orElse(null);
        if (file == null) {
            return Response.status(400).entity(Templates.programme(programme.courses(council), ProgrammeFile.COLUMNS, null,
                    "Choose the programme's CSV file.", List.of(), null)).build();
        }
        try (Reader csv = new InputStreamReader(file.getFileItem().getInputStream(), StandardCharsets.UTF_8)) {
            ProgrammeImported imported = programme.load(council, csv);
            return Response.ok(Templates.programme(programme.courses(council), ProgrammeFile.COLUMNS, imported, null,
                    List.of(), null)).build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            return Response.status(400).entity(Templates.programme(programme.courses(council), ProgrammeFile.COLUMNS, null,
                    e.getMessage(), e.toError().details(), null)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/course")
    public TemplateInstance course(@QueryParam("code") String code) {
        String council = reach.councilAdmin().council();
        Programme.CourseSettings course = programme.courses(council).stream().filter(each -> each.course().code().equals(code))
                .findFirst().orElseThrow(() -> ApiException.notFound("There is no course ‘" + code + "’."));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", course.course().title());
        values.put("subject", course.course().subject());
        values.put("description", course.course().description());
        values.put("fee", course.fee() == null ? "" : Money.format(course.fee()).substring(1));
        values.put("concessionFee", course.concessionFee() == null ? "" : Money.format(course.concessionFee()).substring(1));
        values.put("concessionRule", course.concessionRule() == null ? "" : course.concessionRule());
        return Templates.course(code, values, Map.of());
    }

    @POST
    @Path("/course")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@QueryParam("code") String code, MultivaluedMap<String, String> posted) {
        String council = reach.councilAdmin().council();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("title", "subject", "description", "fee", "concessionFee", "concessionRule")) {
            values.put(field, posted.getFirst(field) == null ? "" : posted.getFirst(field).trim());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long fee = pence(values.get("fee"), "fee", errors);
        Long concession = pence(values.get("concessionFee"), "concessionFee", errors);
        try {
            if (errors.isEmpty()) {
                programme.change(council, code, new Programme.CourseChange(values.get("title"), values.get("subject"),
                        values.get("description"), fee, concession, values.get("concessionRule")));
                return Response.seeOther(URI.create("/admin/classes?saved=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                        .build();
            }
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            e.toError().details().forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
        }
        return Response.status(400).entity(Templates.course(code, values, errors)).build();
    }

    /** Pounds typed, in pence: empty or 0 is none (free, or no concession). */
    private static Long pence(String typed, String field, Map<String, String> errors) {
        if (typed.isEmpty()) {
            return null;
        }
        OptionalLong amount = Money.parse(typed);
        if (amount.isEmpty() || amount.getAsLong() > Money.LARGEST_PAYMENT) {
            errors.put(field, "Enter an amount in pounds, such as 45.00, or leave it empty");
            return null;
        }
        return amount.getAsLong() == 0 && "fee".equals(field) ? null : amount.getAsLong();
    }
}
