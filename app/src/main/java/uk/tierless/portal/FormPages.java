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
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;
import uk.tierless.gazetteer.Place;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.photos.PhotoRefusedException;
import uk.tierless.photos.Photos;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.ratelimits.Limit;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantDefinition;
import uk.tierless.tenancy.TenantRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A council's form as pages (see {@link FormSteps}), then "check your answers", then the request is sent and the
 * resident sees its reference. The answers travel in the form posts (hidden fields), never in server memory; a photo
 * is stored when its page is posted and travels as its id. Each form carries a CSRF token and the idempotency key
 * that makes a double click one request.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FormPages {

    static final String FORM_STARTED = "form-started";
    private static final String PAGE = "page";
    private static final String RETURN_TO_CHECK = "returnToCheck";
    private static final Set<String> NOT_CARRIED = Set.of("csrf-token", PAGE, RETURN_TO_CHECK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CouncilView council, Tile tile, FormPage page, List<Hidden> hidden,
                                            List<ApiError.FieldError> errors, String privacyNotice, String where, String home);

        static native TemplateInstance check(CouncilView council, Tile tile, List<Row> rows, List<Hidden> hidden,
                                             String where, String home);

        static native TemplateInstance confirmation(CouncilView council, Requests.Tracked tracked, String trackUrl, String home);

        static native TemplateInstance track(Requests.Tracked tracked, String reference, String error);
    }

    /** One page of a form as shown: its questions, whether it is the contact page, and what a place question needs. */
    public record FormPage(int number, List<QuestionView> questions, boolean contact, String email,
                           String phone, boolean multipart, boolean returnToCheck, MapView map, String address,
                           Map<String, String> errors, boolean assisted, String channel) {

        /** A page of one complex question has that question as its heading. */
        public boolean single() {
            return questions.size() == 1 && FormSteps.ownPage(questions.get(0).question());
        }
    }

    /** The map for a place question: tiles from the configured server, centred where the resident is. */
    public record MapView(String tileUrl, String attribution, double lat, double lon) {
    }

    public record OptionView(String value, String label, boolean selected) {
    }

    public record QuestionView(Question question, String id, String type, String label, String hint, boolean required,
                               List<OptionView> options, String value, String error, String inputType,
                               Map<String, String> parts) {
    }

    public record Row(String label, String value, int page) {
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

    @Inject
    Gazetteer gazetteer;

    @Inject
    Photos photos;

    @Inject
    TierlessConfig config;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    RateLimiter rateLimiter;

    @HeaderParam("User-Agent")
    String userAgent;

    /** The first page of the form (a form tile leads here), counted as a form started. */
    @GET
    @Path("form")
    public TemplateInstance blank(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                  @QueryParam("uprn") String uprn, @QueryParam("c") String c) {
        Context context = context(code, postcode, uprn, c);
        Optional<Staff> staff = assisting();
        usage.count(null, staff.map(Staff::council).orElse(context.profile() == null ? null : context.profile().slug()),
                List.of(new UsageCounter.TileUse(context.tile().council().slug(), code)), FORM_STARTED,
                staff.isPresent() ? "phone" : PortalPages.CHANNEL, UsageCounter.deviceClass(userAgent));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("idempotencyKey", List.of(UUID.randomUUID().toString()));
        return formPage(context, 1, fields, List.of(), false);
    }

    /** A page of the form posted: its answers checked, then the next page, or "check your answers" after the last. */
    @POST
    @Path("form/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response next(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                         @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        return next(context(code, postcode, uprn, c), new LinkedHashMap<>(posted), Map.of());
    }

    /** A page with a photo question posts as multipart: the photo is cleaned and stored, and travels on as its id. */
    @POST
    @Path("form/check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response nextWithPhoto(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                  @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultipartFormDataInput posted) {
        Map<String, FormValue> uploads = new LinkedHashMap<>();
        posted.getValues().forEach((name, values) -> values.stream()
                .filter(value -> value.isFileItem() && size(value) > 0).forEach(value -> uploads.put(name, value)));
        rateLimiter.admit(Limit.PHOTOS, uploads.size(), textFields(posted));
        return next(context(code, postcode, uprn, c), textFields(posted), uploads);
    }

    private static Map<String, List<String>> textFields(MultipartFormDataInput posted) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        posted.getValues().forEach((name, values) -> values.stream().filter(value -> !value.isFileItem())
                .forEach(value -> fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.getValue())));
        return fields;
    }

    /** "Change" on the check page: the page holding that answer, with every other answer kept. */
    @POST
    @Path("form/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance edit(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                 @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        Context context = context(code, postcode, uprn, c);
        return formPage(context, pageNumber(posted, context), posted, List.of(), returnToCheck(posted));
    }

    /** "Back" from a photo page, which posts as multipart: the file chosen there is not kept. */
    @POST
    @Path("form/edit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance editFromPhotoPage(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                              @QueryParam("uprn") String uprn, @QueryParam("c") String c,
                                              MultipartFormDataInput posted) {
        Context context = context(code, postcode, uprn, c);
        Map<String, List<String>> fields = textFields(posted);
        return formPage(context, pageNumber(fields, context), fields, List.of(), returnToCheck(fields));
    }

    @POST
    @Path("form/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                           @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        rateLimiter.admit(Limit.SUBMISSIONS, 1, posted);
        Context context = context(code, postcode, uprn, c);
        try {
            Optional<Staff> staff = assisting();
            Requests.Submitted submitted = requests.submit(new Requests.Submission(code, context.where(),
                    FormSteps.answers(context.form().questions(), posted, uprn), posted.getFirst("email"),
                    posted.getFirst("phone"),
                    staff.map(Staff::council).orElse(context.profile() == null ? null : context.profile().slug()),
                    staff.isPresent() ? channel(posted) : PortalPages.CHANNEL, posted.getFirst("idempotencyKey"),
                    UsageCounter.deviceClass(userAgent)));
            String profile = context.profile() == null ? "" : "&c=" + context.profile().slug();
            return Response.seeOther(URI.create(submitted.trackUrl() + "?sent=1" + profile)).build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            List<ApiError.FieldError> errors = e.toError().details();
            return Response.status(400).entity(formPage(context, pageOf(context, errors), posted, errors, true)).build();
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
        rateLimiter.admitTracking(reference, posted);
        // One box takes the email address or the phone number given with the request.
        String contact = blankToNull(posted.getFirst("contact"));
        boolean email = contact != null && contact.contains("@");
        try {
            return Response.ok(Templates.track(requests.track(reference, email ? contact : null, email ? null : contact,
                    posted.getFirst("postcode")), reference, null)).build();
        } catch (ApiException e) {
            return Response.status(e.status().getStatusCode()).entity(Templates.track(null, reference, e.getMessage())).build();
        }
    }

    /**
     * The step posted again after its CSRF token was refused ({@link ExpiredForms}): the same page with the answers
     * kept, nothing stored or sent.
     */
    Response timedOut(String path, String code, String postcode, String uprn, String c, Map<String, List<String>> fields) {
        if (path.equals("/track")) {
            return Response.status(400).entity(Templates.track(null, FormSteps.first(fields, "reference"), null)).build();
        }
        Context context = context(code, postcode, uprn, c);
        TemplateInstance page = path.equals("/form/submit") ? checkPage(context, FormSteps.pages(context.form()), fields)
                : formPage(context, pageNumber(fields, context), fields, List.of(), returnToCheck(fields));
        return Response.status(400).entity(page).build();
    }

    private Response next(Context context, Map<String, List<String>> fields, Map<String, FormValue> uploads) {
        List<List<Question>> pages = FormSteps.pages(context.form());
        int number = pageNumber(fields, context);
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (number <= pages.size()) {
            List<Question> questions = pages.get(number - 1);
            errors.addAll(storePhotos(questions, fields, uploads));
            Answers.Checked checked = Answers.check(questions, FormSteps.answers(questions, fields, context.uprn()));
            errors.addAll(checked.errors().stream().filter(error -> errors.stream().noneMatch(e -> e.field().equals(error.field())))
                    .toList());
        } else {
            errors.addAll(contactErrors(fields));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(formPage(context, number, fields, errors, returnToCheck(fields))).build();
        }
        boolean complete = Answers.check(context.form().questions(),
                FormSteps.answers(context.form().questions(), fields, context.uprn())).valid() && contactErrors(fields).isEmpty();
        if (number > pages.size() || returnToCheck(fields) && complete) {
            return Response.ok(checkPage(context, pages, fields)).build();
        }
        return Response.ok(formPage(context, number + 1, fields, List.of(), returnToCheck(fields))).build();
    }

    /** Stores each photo uploaded on this page and puts its id in the fields, or says why it was refused. */
    private List<ApiError.FieldError> storePhotos(List<Question> questions, Map<String, List<String>> fields,
                                                  Map<String, FormValue> uploads) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        for (Question question : questions) {
            FormValue upload = uploads.get(question.id());
            if (question.type() != QuestionType.PHOTO || upload == null) {
                continue;
            }
            if (size(upload) > Photos.MAX_BYTES) {
                errors.add(new ApiError.FieldError(question.id(), Photos.TOO_LARGE));
                continue;
            }
            try (InputStream content = upload.getFileItem().getInputStream()) {
                fields.put(question.id(), List.of(photos.store(content).id()));
                fields.remove(question.id() + FormSteps.REMOVE);
            } catch (PhotoRefusedException e) {
                errors.add(new ApiError.FieldError(question.id(), e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return errors;
    }

    /** A member of council staff signed in and filing this form for a caller or visitor. */
    private Optional<Staff> assisting() {
        return currentStaff.get().filter(staff -> staff.council() != null && staff.worksFor(staff.council()));
    }

    /** How the resident reached the member of staff filing for them: phone unless they say face to face. */
    private static String channel(Map<String, List<String>> fields) {
        String chosen = FormSteps.first(fields, "channel");
        return Requests.ASSISTED_CHANNELS.contains(chosen) ? chosen : "phone";
    }

    private static List<ApiError.FieldError> contactErrors(Map<String, List<String>> fields) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        String email = FormSteps.first(fields, "email");
        if (!email.isBlank() && !Answers.isEmail(email)) {
            errors.add(new ApiError.FieldError("contact.email", "Enter an email address, like name@example.com"));
        }
        String phone = FormSteps.first(fields, "phone");
        if (!phone.isBlank() && !Answers.isPhone(phone)) {
            errors.add(new ApiError.FieldError("contact.phone", "Enter a phone number, like 01827 709709"));
        }
        return errors;
    }

    private TemplateInstance checkPage(Context context, List<List<Question>> pages, Map<String, List<String>> fields) {
        List<Row> rows = new ArrayList<>();
        Map<String, Object> answers = FormSteps.answers(context.form().questions(), fields, context.uprn());
        for (int page = 1; page <= pages.size(); page++) {
            for (Question question : pages.get(page - 1)) {
                rows.add(new Row(question.label(), display(question, answers.get(question.id())), page));
            }
        }
        int contactPage = pages.size() + 1;
        rows.add(new Row("Email address for updates", orNotGiven(FormSteps.first(fields, "email")), contactPage));
        rows.add(new Row("Phone number", orNotGiven(FormSteps.first(fields, "phone")), contactPage));
        return Templates.check(context.profile(), context.tile(), rows, hidden(fields, Set.of()), context.whereQuery(),
                home(context.profile()));
    }

    private TemplateInstance formPage(Context context, int number, Map<String, List<String>> fields,
                                      List<ApiError.FieldError> errors, boolean returnToCheck) {
        List<List<Question>> pages = FormSteps.pages(context.form());
        boolean contact = number > pages.size();
        List<Question> questions = contact ? List.of() : pages.get(number - 1);
        Map<String, String> errorById = errors.stream()
                .collect(Collectors.toMap(ApiError.FieldError::field, ApiError.FieldError::message, (a, b) -> a, LinkedHashMap::new));
        List<QuestionView> views = questions.stream()
                .map(question -> view(question, fields, errorById.get(question.id()))).toList();
        Set<String> shown = questions.stream().flatMap(question -> FormSteps.fieldsOf(question).stream())
                .collect(Collectors.toSet());
        boolean hasPlace = questions.stream().anyMatch(question -> question.type() == QuestionType.LOCATION);
        Place place = hasPlace ? context.place(gazetteer) : null;
        MapView map = hasPlace && config.map().tileUrl().isPresent() && place.location() != null
                ? new MapView(config.map().tileUrl().get(), config.map().attribution().orElse(""), place.location().lat(), place.location().lon())
                : null;
        String address = hasPlace ? context.address(place) : null;
        FormPage page = new FormPage(number, views, contact, FormSteps.first(fields, "email"),
                FormSteps.first(fields, "phone"), questions.stream().anyMatch(q -> q.type() == QuestionType.PHOTO),
                returnToCheck, map, address, errorById, assisting().isPresent(), channel(fields));
        return Templates.form(context.profile(), context.tile(), page,
                hidden(fields, contact ? FormSteps.CONTACT_FIELDS : shown), errors,
                registry.tenantFileOf(context.tile().council().slug()).map(TenantDefinition::privacyNotice).orElse(context.tile().council().website()),
                context.whereQuery(), home(context.profile()));
    }

    private static List<Hidden> hidden(Map<String, List<String>> fields, Set<String> shown) {
        return fields.entrySet().stream()
                .filter(entry -> !NOT_CARRIED.contains(entry.getKey()) && !shown.contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream().map(value -> new Hidden(entry.getKey(), value)))
                .toList();
    }

    private static QuestionView view(Question question, Map<String, List<String>> fields, String error) {
        List<String> values = fields.getOrDefault(question.id(), List.of());
        List<Question.Option> options = options(question);
        String inputType = switch (question.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
        Map<String, String> parts = new LinkedHashMap<>();
        for (String field : FormSteps.fieldsOf(question)) {
            if (!field.equals(question.id())) {
                parts.put(field.substring(question.id().length() + 1), FormSteps.first(fields, field));
            }
        }
        if (question.type() == QuestionType.DATE && parts.values().stream().allMatch(String::isEmpty)) {
            splitIsoDate(FormSteps.first(fields, question.id()), parts);
        }
        return new QuestionView(question, question.id(), question.type().code(), question.label(), question.hint(),
                question.isRequired(), options.stream().map(o -> new OptionView(o.value(), o.label(), values.contains(o.value())))
                .toList(), values.isEmpty() ? "" : values.get(0), error, inputType, parts);
    }

    /** A date answered as 2026-03-27 (by an older page or a link) is shown in the three boxes. */
    private static void splitIsoDate(String iso, Map<String, String> parts) {
        try {
            LocalDate date = LocalDate.parse(iso);
            parts.put("day", String.valueOf(date.getDayOfMonth()));
            parts.put("month", String.valueOf(date.getMonthValue()));
            parts.put("year", String.valueOf(date.getYear()));
        } catch (RuntimeException notADate) {
            // Left blank: the resident types it again.
        }
    }

    private static List<Question.Option> options(Question question) {
        return question.type() == QuestionType.YES_NO
                ? List.of(new Question.Option("yes", "Yes"), new Question.Option("no", "No")) : question.optionsOrEmpty();
    }

    private static String display(Question question, Object answer) {
        if (answer == null) {
            return "Not given";
        }
        return switch (question.type()) {
            case DATE -> LocalDate.parse(answer.toString()).format(LONG_DATE);
            case PHOTO -> "Photo added";
            case LOCATION -> answer instanceof Map<?, ?> place ? describePlace(place) : answer.toString();
            default -> {
                List<String> values = answer instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                        : List.of(answer.toString());
                yield values.stream().map(value -> options(question).stream().filter(o -> o.value().equals(value))
                        .map(Question.Option::label).findFirst().orElse(value)).collect(Collectors.joining(", "));
            }
        };
    }

    private static String describePlace(Map<?, ?> place) {
        String where = place.containsKey("uprn") ? "At your address"
                : String.format(Locale.UK, "Pin on the map (%.5f, %.5f)", place.get("lat"), place.get("lon"));
        return place.get("description") == null ? where : where + ": " + place.get("description");
    }

    private static int pageNumber(Map<String, List<String>> fields, Context context) {
        int count = FormSteps.pages(context.form()).size() + 1;
        try {
            return Math.max(1, Math.min(count, Integer.parseInt(FormSteps.first(fields, PAGE))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The first page holding a question with an error (the contact page for contact errors). */
    private static int pageOf(Context context, List<ApiError.FieldError> errors) {
        List<List<Question>> pages = FormSteps.pages(context.form());
        for (int page = 1; page <= pages.size(); page++) {
            Set<String> ids = pages.get(page - 1).stream().map(Question::id).collect(Collectors.toSet());
            if (errors.stream().anyMatch(error -> ids.contains(error.field()))) {
                return page;
            }
        }
        return pages.size() + 1;
    }

    private static boolean returnToCheck(Map<String, List<String>> fields) {
        return !FormSteps.first(fields, RETURN_TO_CHECK).isEmpty();
    }

    private static long size(FormValue upload) {
        try {
            return upload.getFileItem().getFileSize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Context(CouncilView profile, Tile tile, FormView form, PlaceQuery where, String whereQuery, String uprn) {

        Place place(Gazetteer gazetteer) {
            return uprn != null ? gazetteer.byUprn(uprn) : gazetteer.byPostcode(where.postcode);
        }

        /** The address the resident chose, for "it is at my address"; none when they gave only a postcode. */
        String address(Place place) {
            return uprn == null ? null : place.addresses().stream().filter(a -> a.uprn().equals(uprn))
                    .map(Place.Address::address).findFirst().orElse(null);
        }
    }

    private Context context(String code, String postcode, String uprn, String c) {
        CouncilView profile = profiles.optional(c);
        PlaceQuery where = PlaceQuery.of(postcode, uprn, null, null);
        Tile tile = tiles.forPlace(where).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no service called '" + code + "'."));
        boolean byUprn = uprn != null && !uprn.isBlank();
        String whereQuery = "service=" + enc(code) + "&" + (byUprn ? "uprn=" + enc(uprn) : "postcode=" + enc(postcode))
                + (profile == null ? "" : "&c=" + profile.slug());
        return new Context(profile, tile, requests.formFor(code, where), where, whereQuery, byUprn ? uprn.trim() : null);
    }

    private static String orNotGiven(String value) {
        return value == null || value.isBlank() ? "Not given" : value.trim();
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
