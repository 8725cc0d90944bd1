package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import uk.tierless.catalogue.Charge;
import uk.tierless.catalogue.Charges;
import uk.tierless.forms.Answers;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.identity.Staff;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.ratelimits.Limit;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.AddressWords;
import uk.tierless.requests.Channels;
import uk.tierless.requests.ContactCheck;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantDefinition;
import uk.tierless.tenancy.TenantRegistry;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A council's form as pages (see {@link FormSteps}), then "check your answers", then the request is sent and the
 * resident is shown its reference ({@link TrackingPages}). The answers travel in the form posts (hidden fields),
 * never in server memory; a photo travels as its id ({@link FormPhotos}). Each post resolves its offer (the
 * responsible council and its form) by routing its one service once, and a submission goes to that offer. Each form
 * carries a CSRF token and the idempotency key that makes a double click one request.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FormPages {

    static final String FORM_STARTED = "form-started";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CouncilView council, Tile tile, FormPageViews.FormPage page,
                                            List<FormPageViews.Hidden> hidden, List<FormPageViews.Hidden> backFields,
                                            List<ApiError.FieldError> errors,
                                            String privacyNotice, String where, String home);
    }

    @Inject
    Requests requests;

    @Inject
    Charges charges;

    @Inject
    FormJourneys journeys;

    @Inject
    CheckPages checkPages;

    @Inject
    ClassStep classStep;

    @Inject
    TenantRegistry registry;

    @Inject
    UsageCounter usage;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FormPhotos photos;

    @Inject
    TierlessConfig config;

    @Inject
    Channels channels;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Clock clock;

    @HeaderParam("User-Agent")
    String userAgent;

    /** The first page of the form (a form tile leads here), counted as a form started. */
    @GET
    @Path("form")
    public TemplateInstance blank(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                  @QueryParam("uprn") String uprn, @QueryParam("c") String c,
                                  @QueryParam("class") String chosenClass) {
        FormJourney context = journeys.resolve(code, postcode, uprn, c);
        if (classStep.takes(context) && classStep.chosen(context, Map.of(BookingChoices.CLASS,
                List.of(chosenClass == null ? "" : chosenClass))).isEmpty()) {
            throw classStep.chooseFirst(context, postcode, uprn);
        }
        Optional<Staff> staff = channels.assisting();
        usage.count(null, Channels.origin(staff, context.profile() == null ? null : context.profile().slug()),
                List.of(new UsageCounter.TileUse(context.tile().council().slug(), code)), FORM_STARTED,
                Channels.forPage(null, staff), UsageCounter.deviceClass(userAgent));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("idempotencyKey", List.of(UUID.randomUUID().toString()));
        if (chosenClass != null && !chosenClass.isBlank()) {
            fields.put(BookingChoices.CLASS, List.of(chosenClass));
        }
        return formPage(context, 1, fields, List.of(), false);
    }

    /** A page of the form posted: its answers checked, then the next page, or "check your answers" after the last. */
    @POST
    @Path("form/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response next(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                         @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        return next(journeys.resolve(code, postcode, uprn, c), new LinkedHashMap<>(posted), Map.of());
    }

    /** A page with a photo question posts as multipart: the photo is cleaned and stored, and travels on as its id. */
    @POST
    @Path("form/check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response nextWithPhoto(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                  @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultipartFormDataInput posted) {
        Map<String, FormValue> uploads = FormPhotos.uploads(posted);
        rateLimiter.admit(Limit.PHOTOS, uploads.size(), FormPhotos.textFields(posted));
        return next(journeys.resolve(code, postcode, uprn, c), FormPhotos.textFields(posted), uploads);
    }

    /**
     * "Change" on the check page, or "Back": the page holding that answer, with every answer kept as it was last
     * posted (Back drops what was typed on the page since; a photo chosen there is not kept).
     */
    @POST
    @Path("form/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance edit(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                                 @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        FormJourney context = journeys.resolve(code, postcode, uprn, c);
        return formPage(context, context.askedPageNumber(posted), posted, List.of(), FormJourney.returnsToCheck(posted));
    }

    @POST
    @Path("form/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@QueryParam("service") String code, @QueryParam("postcode") String postcode,
                           @QueryParam("uprn") String uprn, @QueryParam("c") String c, MultivaluedMap<String, String> posted) {
        rateLimiter.admit(Limit.SUBMISSIONS, 1, posted);
        FormJourney context = journeys.resolve(code, postcode, uprn, c);
        try {
            Optional<Staff> staff = channels.assisting();
            Requests.Submitted submitted = requests.submit(new Requests.Submission(code, context.where(),
                    context.addressWords(posted), FormSteps.answers(context.form().questions(), posted, uprn),
                    posted.getFirst("email"), posted.getFirst("phone"),
                    Channels.origin(staff, context.profile() == null ? null : context.profile().slug()),
                    Channels.forPage(posted.getFirst("channel"), staff), posted.getFirst("idempotencyKey"),
                    UsageCounter.deviceClass(userAgent), null, BookingChoices.from(posted)), context.offer());
            if (submitted.payment() != null) {
                return Response.seeOther(URI.create(submitted.payment().nextUrl())).build();
            }
            String profile = context.profile() == null ? "" : "&c=" + context.profile().slug();
            return Response.seeOther(URI.create(submitted.trackUrl() + "?sent=1" + profile)).build();
        } catch (ApiException e) {
            if (checkPages.refusedAppointment(context, e.toError())) {
                return Response.status(e.status().getStatusCode())
                        .entity(checkPages.appointmentAgain(context, posted, context.contactPage(), e.getMessage())).build();
            }
            if (e.status() != Response.Status.BAD_REQUEST) {
                throw e;
            }
            List<ApiError.FieldError> errors = e.toError().details();
            return Response.status(400).entity(formPage(context, FormSteps.pageOf(FormSteps.pages(context.form()), errors), posted, errors, true)).build();
        }
    }

    /**
     * The step posted again after its CSRF token was refused ({@link ExpiredForms}): the same page with the answers
     * kept, nothing stored or sent.
     */
    Response timedOut(String path, String code, String postcode, String uprn, String c, Map<String, List<String>> fields) {
        FormJourney context = journeys.resolve(code, postcode, uprn, c);
        TemplateInstance page = path.equals("/form/submit") ? checkPages.page(context, fields, context.contactPage())
                : formPage(context, context.askedPageNumber(fields), fields, List.of(), FormJourney.returnsToCheck(fields));
        return Response.status(400).entity(page).build();
    }

    private Response next(FormJourney context, Map<String, List<String>> fields, Map<String, FormValue> uploads) {
        List<List<Question>> pages = FormSteps.pages(context.form());
        int number = context.pageNumber(fields);
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (number == 1) {
            errors.addAll(context.addressErrors(fields));
        }
        if (number <= pages.size()) {
            List<Question> questions = context.askedPages(fields).get(number - 1);
            errors.addAll(photos.store(questions, fields, uploads));
            // The whole form is checked, so that conditions see the earlier pages' answers; this page's errors count.
            Set<String> onPage = questions.stream().map(Question::id).collect(Collectors.toSet());
            Answers.Checked checked = Answers.check(context.form().questions(),
                    FormSteps.answers(context.form().questions(), fields, context.uprn()), Answers.today(clock));
            List<ApiError.FieldError> charged = charges.problems(context.form().council(), context.form().service(), checked);
            errors.addAll(Stream.concat(checked.errors().stream(), charged.stream())
                    .filter(error -> onPage.contains(error.field()))
                    .filter(error -> errors.stream().noneMatch(e -> e.field().equals(error.field())))
                    .toList());
        } else {
            errors.addAll(contactErrors(fields));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(formPage(context, number, fields, errors, FormJourney.returnsToCheck(fields))).build();
        }
        boolean complete = Answers.check(context.form().questions(),
                FormSteps.answers(context.form().questions(), fields, context.uprn()), Answers.today(clock)).valid()
                && contactErrors(fields).isEmpty()
                && context.addressErrors(fields).isEmpty();
        if (number > pages.size() || FormJourney.returnsToCheck(fields) && complete) {
            return Response.ok(checkPages.page(context, fields, context.contactPage())).build();
        }
        return Response.ok(formPage(context, FormSteps.pageAfter(context.askedPages(fields), number), fields, List.of(),
                FormJourney.returnsToCheck(fields))).build();
    }

    private static List<ApiError.FieldError> contactErrors(Map<String, List<String>> fields) {
        return ContactCheck.errors(FormSteps.first(fields, "email"), FormSteps.first(fields, "phone"));
    }

    private TemplateInstance formPage(FormJourney context, int number, Map<String, List<String>> fields,
                                      List<ApiError.FieldError> errors, boolean returnToCheck) {
        List<List<Question>> pages = context.askedPages(fields);
        boolean contact = number > pages.size();
        List<Question> questions = contact ? List.of() : pages.get(number - 1);
        Map<String, String> errorById = errors.stream()
                .collect(Collectors.toMap(ApiError.FieldError::field, ApiError.FieldError::message, (a, b) -> a, LinkedHashMap::new));
        List<FormPageViews.QuestionView> views = questions.stream()
                .map(question -> FormPageViews.question(question, fields, errorById.get(question.id()))).toList();
        Set<String> shown = questions.stream().flatMap(question -> FormSteps.fieldsOf(question).stream())
                .collect(Collectors.toCollection(HashSet::new));
        boolean hasPlace = questions.stream().anyMatch(question -> question.type() == QuestionType.LOCATION);
        Place place = hasPlace || number == 1 ? context.place(gazetteer) : null;
        FormPageViews.AddressEntry addressEntry = null;
        if (number == 1 && context.asksAddress()) {
            shown.addAll(Set.of(AddressWords.LINE1, AddressWords.TOWN));
            addressEntry = new FormPageViews.AddressEntry(FormSteps.first(fields, AddressWords.LINE1),
                    FormSteps.first(fields, AddressWords.TOWN), place.postcode());
        }
        FormPageViews.MapView map = hasPlace && config.map().tileUrl().isPresent() && place.location() != null
                ? new FormPageViews.MapView(config.map().tileUrl().get(), config.map().attribution().orElse(""),
                        place.location().lat(), place.location().lon())
                : null;
        String address = place == null ? null : context.address(place);
        FormPageViews.FormPage page = new FormPageViews.FormPage(number, views, contact, FormSteps.first(fields, "email"),
                FormSteps.first(fields, "phone"), questions.stream().anyMatch(q -> q.type() == QuestionType.PHOTO),
                returnToCheck, map, address, place == null ? null : context.changeAddressUrl(place), addressEntry,
                errorById,
                channels.assisting().isPresent(),
                Channels.assisted(FormSteps.first(fields, "channel")));
        return Templates.form(context.profile(), context.tile(), page,
                FormPageViews.hidden(fields, contact ? FormSteps.CONTACT_FIELDS : shown), FormPageViews.hidden(fields, Set.of()), errors,
                registry.tenantFileOf(context.tile().council().slug()).map(TenantDefinition::privacyNotice).orElse(context.tile().council().website()),
                context.whereQuery(), PortalProfiles.home(context.profile()));
    }
}
