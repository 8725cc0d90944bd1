package uk.tierless.requests;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.ConstraintViolationException;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Forms;
import uk.tierless.forms.QuestionType;
import uk.tierless.notifications.Outbox;
import uk.tierless.photos.Photos;
import uk.tierless.platform.Text;
import uk.tierless.gazetteer.Location;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.reports.UsageCounter;
import uk.tierless.routing.Router;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.tenancy.TenantScope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Service requests: a resident's answers to the responsible council's form become a request owned by that council,
 * with a readable reference ({@code TAM-2611-0042}) and a tracking link. A repeated idempotency key answers with the
 * first request instead of making another.
 */
@ApplicationScoped
public class Requests {

    static final String FORM_SUBMITTED = "form-submitted";

    private static final String IDEMPOTENCY_INDEX = "service_requests_idempotency_idx";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{2,5})-\\d{4}-\\d{4,}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Router router;

    @Inject
    Forms forms;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    UsageCounter usage;

    @Inject
    Clock clock;

    @Inject
    Photos photos;

    @Inject
    Outbox outbox;

    @Inject
    ServicesFile servicesFile;

    @Inject
    WorkingDays workingDays;

    /** What a resident (or an app or a caseworker on the phone) sends. */
    public record Submission(String service, PlaceQuery where, Map<String, Object> answers, String email, String phone,
                             String origin, String channel, String idempotencyKey, String device) {
    }

    /** The request made, or found again for a repeated idempotency key ({@code created} false). */
    public record Submitted(String reference, CouncilView council, String status, String trackUrl, boolean created) {
    }

    public record Update(Instant at, String status, String note) {
    }

    public record FollowInstead(String reference, String status) {
    }

    /**
     * {@code duplicateOf}: the request to follow instead, with its status, when this one repeats it. Found by the
     * reference and postcode alone, only the reference, council, service and status: {@code updates} is left out.
     */
    public record Tracked(String reference, CouncilView council, String service, String status,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<Update> updates, FollowInstead duplicateOf) {

        /** With the updates and what it duplicates: opened by the tracking link, the email address or phone number. */
        public boolean full() {
            return updates != null;
        }

        Tracked statusOnly() {
            return new Tracked(reference, council, service, status, null, null);
        }
    }

    /** What a council offers for one service at one place: the responsible council and its current form. */
    public record Offer(CouncilView council, FormView form) {
    }

    /**
     * The offer a resident fills in for this service where they are, or a 4xx that says why there is none: one
     * service routed at one place. A form journey resolves it once and submits to it.
     */
    public Offer offer(String service, PlaceQuery where) {
        CouncilView council = router.route(service, where).council();
        return new Offer(council, onlineForm(council, service));
    }

    /** A submission that names no offer (the API's): routed here, once. */
    public Submitted submit(Submission submission) {
        return submit(submission, offer(submission.service(), submission.where()));
    }

    /** A submission to an offer already resolved for its service and place, so the catalogue is not routed again. */
    public Submitted submit(Submission submission, Offer offer) {
        if (!offer.form().service().equals(submission.service()) || !offer.form().council().equals(offer.council().slug())) {
            throw new IllegalArgumentException("The offer is " + offer.form().council() + "'s form for "
                    + offer.form().service() + ", not one for " + submission.service());
        }
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (submission.idempotencyKey() == null || !IDEMPOTENCY_KEY.matcher(submission.idempotencyKey()).matches()) {
            errors.add(new ApiError.FieldError("idempotencyKey",
                    "idempotencyKey must be 8 to 100 letters, digits, - or _, the same for every retry of one submission"));
        }
        if (!Channels.ALL.contains(submission.channel())) {
            errors.add(new ApiError.FieldError("channel", "channel must be one of web, app, phone, face_to_face"));
        }
        errors.addAll(ContactCheck.errors(submission.email(), submission.phone()));
        CouncilView council = offer.council();
        FormView form = offer.form();
        Answers.Checked answers = Answers.check(form.questions(), submission.answers());
        errors.addAll(answers.errors());
        form.questions().stream().filter(question -> question.type() == QuestionType.PHOTO)
                .filter(question -> answers.valid() && photoMissing(answers, question.id()))
                .forEach(question -> errors.add(new ApiError.FieldError(question.id(),
                        question.label() + ": that photo was not found; add it again")));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("Some answers need changing.", errors);
        }
        String origin = councils.bySlug(submission.origin()).filter(CouncilView::member).map(CouncilView::slug).orElse(null);
        Submitted submitted;
        try {
            submitted = tenantScope.call(council.slug(), () -> firstWithKey(submission, council)
                    .orElseGet(() -> create(submission, council, form, answers, origin)));
        } catch (RuntimeException e) {
            if (!repeatsKey(e)) {
                throw e;
            }
            // Submissions with one key at the same moment: another one made the request, and is committed; answer with it.
            submitted = tenantScope.call(council.slug(), () -> firstWithKey(submission, council)).orElseThrow(() -> e);
        }
        if (submitted.created()) {
            usage.count(null, origin, List.of(new UsageCounter.TileUse(council.slug(), submission.service())),
                    FORM_SUBMITTED, submission.channel(), submission.device());
        }
        return submitted;
    }

    /** The unique index on the council and idempotency key refused a second request with one key. */
    private static boolean repeatsKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && IDEMPOTENCY_INDEX.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private boolean photoMissing(Answers.Checked answers, String questionId) {
        Object id = answers.facts().containsKey(questionId) ? answers.facts().get(questionId) : answers.personal().get(questionId);
        return id != null && !photos.exists(id.toString());
    }

    private static Optional<Submitted> firstWithKey(Submission submission, CouncilView council) {
        return ServiceRequest.<ServiceRequest>find("idempotencyKey", submission.idempotencyKey()).firstResultOptional()
                .map(first -> new Submitted(first.reference, council, first.status, trackUrl(first.trackToken), false));
    }

    /**
     * By the reference and the email address, phone number or postcode given with the request (the first of them
     * given): the same answer for any mismatch. A reference and a postcode are easily guessed, so they show only the
     * status; the email address or phone number shows the updates too.
     */
    public Tracked track(String reference, String givenEmail, String givenPhone, String givenPostcode) {
        String email = Text.blankToNull(givenEmail);
        String phone = email != null ? null : Text.blankToNull(givenPhone);
        String postcode = email != null || phone != null ? null : Text.blankToNull(givenPostcode);
        ApiException notFound = ApiException.notFound("We could not find a request with that reference and "
                + (email != null ? "email address" : phone != null ? "phone number" : "postcode") + ".");
        var parsed = reference == null ? null : REFERENCE.matcher(reference.trim().toUpperCase(Locale.ROOT));
        if (parsed == null || !parsed.matches() || (email == null && phone == null && postcode == null)) {
            throw ApiException.invalid("Give the reference, and the email address, phone number or postcode you gave with it.",
                    List.of(new ApiError.FieldError("reference", "A reference looks like TAM-2611-0042")));
        }
        CouncilView council = councils.byReferencePrefix(parsed.group(1)).orElseThrow(() -> notFound);
        Found found = tenantScope.call(council.slug(), () -> {
            ServiceRequest request = ServiceRequest.<ServiceRequest>find("reference", parsed.group()).firstResultOptional()
                    .orElseThrow(() -> notFound);
            if (request.transferredToReference != null) {
                // Passed to another council, which now holds the contact details to check against.
                return new Found(null, request.transferredToReference);
            }
            boolean byContact = postcode == null;
            boolean matches = byContact
                    ? RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional()
                        .map(contact -> email != null ? contact.email != null && contact.email.equalsIgnoreCase(email)
                                : contact.phone != null && samePhone(contact.phone, phone)).orElse(false)
                    : Postcode.parse(postcode).map(p -> p.compact().equals(request.postcode)).orElse(false);
            if (!matches) {
                throw notFound;
            }
            Tracked tracked = tracked(request, council);
            return new Found(byContact ? tracked : tracked.statusOnly(), null);
        });
        return found.movedTo() != null ? track(found.movedTo(), email, phone, postcode) : found.tracked();
    }

    /** The same UK number however written; a number of fewer than ten digits matches nothing. */
    private static boolean samePhone(String given, String other) {
        String number = ukPhone(given);
        return number.length() >= 10 && number.equals(ukPhone(other));
    }

    /** A UK number as digits from its leading 0: spaces, dashes and brackets dropped, +44, 0044 and (0) read as 0. */
    private static String ukPhone(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        String national = digits.startsWith("+44") ? digits.substring(3) : digits.startsWith("0044") ? digits.substring(4)
                : digits.startsWith("0") ? digits.substring(1) : digits;
        return "0" + (national.startsWith("0") ? national.substring(1) : national);
    }

    private record Found(Tracked tracked, String movedTo) {
    }

    /** By the secret of a tracking link. */
    public Tracked trackByToken(String token) {
        TrackingToken link = TrackingToken.<TrackingToken>findByIdOptional(hash(token == null ? "" : token))
                .orElseThrow(() -> ApiException.notFound("This tracking link does not work: check you copied all of it."));
        CouncilView council = councils.require(link.tenantId);
        return tenantScope.call(council.slug(), () -> tracked(ServiceRequest.findById(link.requestId), council));
    }

    private FormView onlineForm(CouncilView council, String service) {
        Optional<FormView> form = council.member() ? forms.current(council.slug(), service) : Optional.empty();
        return form.orElseThrow(() -> new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "not_online",
                council.name() + " does not take ‘" + catalogue.require(service).name() + "’ online here: use its website, "
                        + council.website(), List.of()));
    }

    private Submitted create(Submission submission, CouncilView council, FormView form, Answers.Checked answers,
                             String origin) {
        Instant now = Instant.now(clock);
        String token = newToken();
        ServiceRequest request = new ServiceRequest();
        request.reference = nextReference(council, now);
        request.serviceCode = submission.service();
        request.formVersionId = form.id();
        request.origin = origin;
        request.channel = submission.channel();
        request.status = Lifecycle.SUBMITTED;
        place(request, submission.where());
        request.answers = answers.facts();
        request.idempotencyKey = submission.idempotencyKey();
        request.trackToken = token;
        request.submittedAt = now;
        request.updatedAt = now;
        request.dueAt = servicesFile.targetDaysOf(council.slug(), submission.service()).map(days -> workingDays.due(now, days))
                .orElse(null);
        request.persist();
        // Written now, so that a concurrent request with the same key fails here, before anything else is done.
        entityManager.flush();
        photos.markUsed(form.questions().stream().filter(question -> question.type() == QuestionType.PHOTO)
                .map(question -> answers.facts().getOrDefault(question.id(), answers.personal().get(question.id())))
                .filter(java.util.Objects::nonNull).map(Object::toString).toList());

        RequestContact contact = new RequestContact();
        contact.requestId = request.id;
        contact.email = Text.blankToNull(submission.email());
        contact.phone = Text.blankToNull(submission.phone());
        contact.personalAnswers = answers.personal();
        contact.persist();

        RequestEvent event = new RequestEvent();
        event.requestId = request.id;
        event.at = now;
        event.toStatus = Lifecycle.SUBMITTED;
        event.note = "We have your request.";
        event.actor = "resident";
        event.persist();

        outbox.queue(Outbox.ACKNOWLEDGEMENT, about(request, council, catalogue),
                new Outbox.Recipient(contact.email, contact.phone), null);

        TrackingToken link = new TrackingToken();
        link.tokenHash = hash(token);
        link.tenantId = council.slug();
        link.requestId = request.id;
        link.persist();
        return new Submitted(request.reference, council, request.status, trackUrl(token), true);
    }

    /** The request as a message to its resident names it. */
    static Outbox.About about(ServiceRequest request, CouncilView council, ServiceCatalogue catalogue) {
        return new Outbox.About(request.id, council.slug(), council.name(), request.reference,
                catalogue.require(request.serviceCode).name(), Lifecycle.label(request.status), request.trackToken);
    }

    /** PREFIX-YYMM-NNNN: the council's prefix, the month in London, and the council's count that month. */
    String nextReference(CouncilView council, Instant now) {
        String month = MONTH.format(now.atZone(LONDON));
        Number count = (Number) entityManager.createNativeQuery("insert into reference_counters (id, tenant_id, month, last)"
                        + " values (gen_random_uuid(), :council, :month, 1) on conflict (tenant_id, month)"
                        + " do update set last = reference_counters.last + 1 returning last")
                .setParameter("council", council.slug()).setParameter("month", month).getSingleResult();
        String prefix = councils.referencePrefix(council.slug()).orElseThrow();
        return String.format(Locale.ROOT, "%s-%s-%04d", prefix, month, count.intValue());
    }

    private static void place(ServiceRequest request, PlaceQuery where) {
        if (where.hasUprn()) {
            request.uprn = Long.parseLong(where.uprn);
        } else if (where.hasPostcode()) {
            request.postcode = Postcode.parse(where.postcode).map(Postcode::compact).orElse(null);
        } else {
            Location point = where.point();
            request.lat = point.lat();
            request.lon = point.lon();
        }
    }

    private static Tracked tracked(ServiceRequest request, CouncilView council) {
        List<Update> updates = RequestEvent.<RequestEvent>list("requestId", Sort.by("at"), request.id).stream()
                .filter(RequestEvent::isPublic)
                .map(event -> new Update(event.at, event.toStatus, event.note)).toList();
        FollowInstead follow = request.duplicateOf == null ? null
                : ServiceRequest.<ServiceRequest>find("reference", request.duplicateOf).firstResultOptional()
                .map(original -> new FollowInstead(original.reference, original.status)).orElse(null);
        return new Tracked(request.reference, council, request.serviceCode, request.status, updates, follow);
    }

    private static String trackUrl(String token) {
        return "/track/" + token;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
