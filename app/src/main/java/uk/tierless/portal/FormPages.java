package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantRegistry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A council's form as pages: the questions, "check your answers", then the request is sent and the resident sees
 * its reference. The answers travel in the form posts (hidden fields on the check page), never in server memory;
 * each form carries a CSRF token and the idempotency key that makes a double click one request.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FormPages {

    static final String FORM_STARTED = "form-started";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CouncilView council, Tile tile, List<QuestionView> questions,
                                            List<ApiError.FieldError> errors, String email, String emailError,
                                            String idempotencyKey, String privacyNotice, String where, String home);

        static native TemplateInstance check(CouncilView council, Tile tile, List<Row> rows, List<Hidden> hidden,
                                             String where, String home);

        static native TemplateInstance confirmation(CouncilView council, Requests.Tracked tracked, String trackUrl, String home);

        static native TemplateInstance track(Requests.Tracked tracked, String reference, String error);
    }

    public record OptionView(String value, String label, boolean selected) {
    }

    public record QuestionView(String id, String type, String label, String hint, boolean required,
                               List<OptionView> options, String value, String error, String inputType) {
    }

    public record Row(String label, String value) {
    }

    public record Hidden(String name, String value) {
    }

    @Inject
    Requests requests;

    @Inject
    ServiceTiles tiles;

    @Inject
    PortalProfiles profiles;

    @Inject
    TenantRegistry registry;

    @Inject
    UsageCounter usage;

    @HeaderParam("User-Agent")
    String userAgent;

    /** The blank form (a form tile leads here), counted as a form started. */
    @GET
    @Path("form")
    public TemplateInstance blank(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                  @QueryParam("uprn") String uprn, @QueryParam("c") String c) {
        Context context = context(code, postcode, uprn, c);
        usage.count(null, context.profile() == null ? null : context.profile().slug(),
                List.of(new UsageCounter.TileUse(context.tile().council().slug(), code)), FORM_STARTED,
                PortalPages.CHANNEL, UsageCounter.deviceClass(userAgent));
        return formPage(context.profile(), context.tile(), context.form(), Map.of(), List.of(), null,
                UUID.randomUUID().toString(), context.whereQuery());
    }

    @POST
    @Path("form/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                          @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        Context context = context(code, postcode, uprn, c);
        Map<String, Object> answers = answers(context.form(), posted);
        Answers.Checked checked = Answers.check(context.form().questions(), answers);
        String email = posted.getFirst("email");
        String emailError = email != null && !email.isBlank() && !Answers.isEmail(email)
                ? "Enter an email address, like name@example.com" : null;
        if (!checked.valid() || emailError != null) {
            List<ApiError.FieldError> errors = new ArrayList<>(checked.errors());
            if (emailError != null) {
                errors.add(new ApiError.FieldError("contact.email", emailError));
            }
            return Response.status(400).entity(formPage(context.profile(), context.tile(), context.form(), posted, errors,
                    emailError, posted.getFirst("idempotencyKey"), context.whereQuery())).build();
        }
        List<Row> rows = new ArrayList<>();
        for (Question question : context.form().questions()) {
            Object answer = answers.get(question.id());
            rows.add(new Row(question.label(), display(question, answer)));
        }
        if (email != null && !email.isBlank()) {
            rows.add(new Row("Email address for updates", email.trim()));
        }
        List<Hidden> hidden = posted.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("csrf-token"))
                .flatMap(entry -> entry.getValue().stream().map(value -> new Hidden(entry.getKey(), value)))
                .toList();
        return Response.ok(Templates.check(context.profile(), context.tile(), rows, hidden, context.whereQuery(),
                home(context.profile()))).build();
    }

    @POST
    @Path("form/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance edit(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                 @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        Context context = context(code, postcode, uprn, c);
        return formPage(context.profile(), context.tile(), context.form(), posted, List.of(), null,
                posted.getFirst("idempotencyKey"), context.whereQuery());
    }

    @POST
    @Path("form/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                           @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        Context context = context(code, postcode, uprn, c);
        try {
            Requests.Submitted submitted = requests.submit(new Requests.Submission(code, context.where(),
                    answers(context.form(), posted), posted.getFirst("email"), null,
                    context.profile() == null ? null : context.profile().slug(), PortalPages.CHANNEL,
                    posted.getFirst("idempotencyKey"), UsageCounter.deviceClass(userAgent)));
            String profile = context.profile() == null ? "" : "&c=" + context.profile().slug();
            return Response.seeOther(URI.create(submitted.trackUrl() + "?sent=1" + profile)).build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            return Response.status(400).entity(formPage(context.profile(), context.tile(), context.form(), posted,
                    e.toError().details(), null, posted.getFirst("idempotencyKey"), context.whereQuery())).build();
        }
    }

    @GET
    @Path("track/{token}")
    public TemplateInstance tracked(@PathParam("token") String token, @QueryParam("sent") String sent,
                                    @QueryParam("c") String c) {
        Requests.Tracked tracked = requests.trackByToken(token);
        CouncilView profile = profiles.optional(c);
        return sent != null ? Templates.confirmation(profile, tracked, "/track/" + token, home(profile))
                : Templates.track(tracked, null, null);
    }

    @GET
    @Path("track")
    public TemplateInstance trackForm() {
        return Templates.track(null, null, null);
    }

    @POST
    @Path("track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response track(MultivaluedMap<String, String> posted) {
        String reference = posted.getFirst("reference");
        String email = blankToNull(posted.getFirst("email"));
        String postcode = blankToNull(posted.getFirst("postcode"));
        try {
            return Response.ok(Templates.track(requests.track(reference, email, email == null ? postcode : null),
                    reference, null)).build();
        } catch (ApiException e) {
            return Response.status(e.status().getStatusCode()).entity(Templates.track(null, reference, e.getMessage())).build();
        }
    }

    private record Context(CouncilView profile, Tile tile, FormView form, PlaceQuery where, String whereQuery) {
    }

    private Context context(String code, String postcode, String uprn, String c) {
        CouncilView profile = profiles.optional(c);
        PlaceQuery where = PlaceQuery.of(postcode, uprn, null, null);
        Tile tile = tiles.forPlace(where).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no service called '" + code + "'."));
        String whereQuery = "service=" + enc(code) + "&"
                + (uprn != null && !uprn.isBlank() ? "uprn=" + enc(uprn) : "postcode=" + enc(postcode))
                + (profile == null ? "" : "&c=" + profile.slug());
        return new Context(profile, tile, requests.formFor(code, where), where, whereQuery);
    }

    private TemplateInstance formPage(CouncilView profile, Tile tile, FormView form, Map<String, ?> posted,
                                      List<ApiError.FieldError> errors, String emailError, String idempotencyKey,
                                      String whereQuery) {
        Map<String, String> errorById = errors.stream()
                .collect(Collectors.toMap(ApiError.FieldError::field, ApiError.FieldError::message, (a, b) -> a));
        List<QuestionView> questions = form.questions().stream()
                .map(question -> view(question, values(posted, question.id()), errorById.get(question.id())))
                .toList();
        return Templates.form(profile, tile, questions, errors, first(values(posted, "email")), emailError,
                idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey,
                registry.privacyNoticeOf(tile.council().slug()).orElse(tile.council().website()), whereQuery, home(profile));
    }

    private static QuestionView view(Question question, List<String> values, String error) {
        List<Question.Option> options = question.type() == QuestionType.YES_NO
                ? List.of(new Question.Option("yes", "Yes"), new Question.Option("no", "No")) : question.optionsOrEmpty();
        String inputType = switch (question.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
        return new QuestionView(question.id(), question.type().code(), question.label(), question.hint(),
                question.isRequired(), options.stream().map(o -> new OptionView(o.value(), o.label(), values.contains(o.value())))
                .toList(), first(values), error, inputType);
    }

    /** The posted fields as answers: a list for checkboxes, text otherwise (a location is described in words). */
    private static Map<String, Object> answers(FormView form, MultivaluedMap<String, String> posted) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : form.questions()) {
            List<String> values = posted.get(question.id());
            if (values == null || question.type() == QuestionType.PHOTO) {
                continue;
            }
            answers.put(question.id(), question.type() == QuestionType.CHECKBOXES ? List.copyOf(values) : values.get(0));
        }
        return answers;
    }

    private static String display(Question question, Object answer) {
        if (answer == null || answer instanceof String s && s.isBlank()) {
            return "Not given";
        }
        List<String> values = answer instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(answer.toString());
        List<Question.Option> options = question.type() == QuestionType.YES_NO
                ? List.of(new Question.Option("yes", "Yes"), new Question.Option("no", "No")) : question.optionsOrEmpty();
        return values.stream().map(value -> options.stream().filter(o -> o.value().equals(value)).map(Question.Option::label)
                .findFirst().orElse(value)).collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, ?> posted, String field) {
        Object value = posted.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String home(CouncilView council) {
        return council == null ? "/" : "/c/" + council.slug();
    }
}
