package uk.tierless.reports;

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
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffPaths;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The board's cost model (docs/reports.md, Pages): what a contact costs by channel and the share of visits taken
 * to avoid a call, which the savings estimates use. Only the partnership's own board changes it (from the token).
 * Costs are typed in pounds and stored in pence by {@link CostModels#save}.
 */
@Path(StaffPaths.BOARD + "/costs")
@Produces(MediaType.TEXT_HTML)
public class CostModelPages {

    /** The form as typed (or as stored), in pounds. */
    public record Form(String faceToFace, String phone, String online, String avoidedCallPercent, String source) {

        /** The three costs, each a field of the form. */
        public java.util.List<Field> costs() {
            return java.util.List.of(new Field("faceToFace", "Face to face", faceToFace),
                    new Field("phone", "Telephone", phone), new Field("online", "Online", online));
        }
    }

    public record Field(String id, String label, String value) {
    }

    @CheckedTemplate(basePath = "BoardPages")
    static class Templates {
        static native TemplateInstance costs(String partnership, Form form, SavingsView model,
                                             Map<String, String> errors, boolean saved);
    }

    /** The API's field names, and the page's ids for them. */
    private static final Map<String, String> IDS = Map.of("faceToFacePence", "faceToFace", "phonePence", "phone",
            "onlinePence", "online", "avoidedCallPercent", "avoidedCallPercent", "source", "source");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CostModels costModels;

    @Inject
    BoardReports reports;

    @GET
    public TemplateInstance page(@QueryParam("saved") String saved) {
        String partnership = board().partnership();
        CostModel model = costModels.of(partnership);
        Form form = new Form(pounds(model.faceToFacePence()), pounds(model.phonePence()), pounds(model.onlinePence()),
                String.valueOf(model.avoidedCallPercent()), model.source());
        return Templates.costs(reports.requirePartnership(partnership).name(), form, assumptions(model), Map.of(),
                saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("faceToFace") String faceToFace, @FormParam("phone") String phone,
                         @FormParam("online") String online, @FormParam("avoidedCallPercent") String avoidedCallPercent,
                         @FormParam("source") String source) {
        Staff board = board();
        Form form = new Form(faceToFace, phone, online, avoidedCallPercent, source);
        Map<String, String> errors = new LinkedHashMap<>();
        CostModels.Change change = new CostModels.Change(pence(faceToFace, "faceToFace", "a face-to-face contact", errors),
                pence(phone, "phone", "a telephone call", errors), pence(online, "online", "an online contact", errors),
                percent(avoidedCallPercent, errors), source);
        if (errors.isEmpty()) {
            try {
                costModels.save(board.partnership(), change, board.username());
                return Response.seeOther(URI.create(StaffPaths.BOARD + "/costs?saved=1")).build();
            } catch (ApiException refusal) {
                if (refusal.status().getStatusCode() != 400 || refusal.toError().details() == null) {
                    throw refusal;
                }
                for (ApiError.FieldError detail : refusal.toError().details()) {
                    errors.putIfAbsent(IDS.getOrDefault(detail.field(), "source"), sentence(detail.message()));
                }
            }
        }
        CostModel model = costModels.of(board.partnership());
        return Response.status(400).entity(Templates.costs(reports.requirePartnership(board.partnership()).name(), form,
                assumptions(model), errors, false)).build();
    }

    private Staff board() {
        Staff staff = currentStaff.require();
        if (!staff.sitsOnBoard()) {
            throw ApiException.forbidden("Only a partnership's board can change its cost model.");
        }
        return staff;
    }

    /** The model now in use, written as the savings section writes it (its source and who set it). */
    private static SavingsView assumptions(CostModel model) {
        return SavingsView.of(new Savings(model, null, null, null, null, null, null, null, null, null, null));
    }

    /** Pounds and pence as typed ("2.83", "£2.83", "10"), in pence; null (with the field's error) if it is not that. */
    private static Integer pence(String typed, String field, String what, Map<String, String> errors) {
        String value = typed == null ? "" : typed.trim().replaceFirst("^£", "").trim();
        if (value.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            return new BigDecimal(value).movePointRight(2).intValueExact();
        }
        errors.put(field, value.isEmpty() ? "Enter the cost of " + what + " in pounds, for example 2.83"
                : "The cost of " + what + " must be in pounds and pence, for example 2.83");
        return null;
    }

    private static Integer percent(String typed, Map<String, String> errors) {
        String value = typed == null ? "" : typed.trim().replaceFirst("%$", "").trim();
        if (value.matches("\\d{1,3}") && Integer.parseInt(value) <= 100) {
            return Integer.parseInt(value);
        }
        errors.put("avoidedCallPercent", "Enter the share of visits that avoid a call as a whole number from 0 to 100");
        return null;
    }

    private static String pounds(int pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
