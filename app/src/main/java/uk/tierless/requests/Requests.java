package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
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
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.reports.UsageCounter;
import uk.tierless.routing.Router;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.TenantScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Service requests: a resident's answers to the responsible council's form become a request owned by that council,
 * with a readable reference ({@code TAM-2611-0042}) and a tracking link. A repeated idempotency key answers with the
 * first request instead of making another.
 */
@ApplicationScoped
public class Requests {

    static final String FORM_SUBMITTED = "form-submitted";

    private static final String IDEMPOTENCY_INDEX = "service_requests_idempotency_idx";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    Router router;

    @Inject
    Gazetteer gazetteer;

    @Inject
    RequestAddresses addresses;

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
    RequestCounts counts;

    @Inject
    Photos photos;

    @Inject
    Outbox outbox;

    @Inject
    ServiceOffers serviceOffers;

    @Inject
    WorkingDays workingDays;

    @Inject
    SubmissionCheck checks;

    @Inject
    Dispatching dispatching;

    /** What a resident (or an app or a caseworker on the phone) sends; {@code client}: the Open311 client, else null. */
    public record Submission(String service, PlaceQuery where, AddressWords address, Map<String, Object> answers,
                             String email, String phone, String origin, String channel, String idempotencyKey,
                             String device, String client) {
    }

    /** The request made, or found again for a repeated idempotency key ({@code created} false). */
    public record Submitted(String reference, CouncilView council, String status, String trackUrl, boolean created) {
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
    @CountedSubmission
    public Submitted submit(Submission submission) {
        return submit(submission, offer(submission.service(), submission.where()));
    }

    /**
     * The checks {@code submit} makes of a submission to an offer, alone: a 400 listing every problem, or nothing.
     * It writes nothing (the Open311 sandbox answers with it as production would, and files nothing).
     */
    public void check(Submission submission, Offer offer) {
        checks.answers(submission, offer);
    }

    /** A submission to an offer already resolved for its service and place, so the catalogue is not routed again. */
    @CountedSubmission
    public Submitted submit(Submission submission, Offer offer) {
        Answers.Checked answers = checks.answers(submission, offer);
        CouncilView council = offer.council();
        FormView form = offer.form();
        String origin = councils.bySlug(submission.origin()).filter(CouncilView::member).map(CouncilView::slug).orElse(null);
        // Read before the request's transaction begins, so from the offers in memory rather than a query in it.
        Optional<Integer> targetDays = serviceOffers.targetDaysOf(council.slug(), submission.service());
        Submitted submitted;
        try {
            submitted = tenantScope.call(council.slug(), () -> firstWithKey(submission, council)
                    .orElseGet(() -> create(submission, council, form, answers, origin, targetDays)));
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
        return refusedBy(failure, IDEMPOTENCY_INDEX);
    }

    /** The failure, or one of its causes, is the database refusing a write that would break this unique index. */
    static boolean refusedBy(Throwable failure, String index) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && index.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The request already made with the submission's key, in the council's scope. Plain JDBC on the transaction's
     * connection: Panache's query with a limit had its SQL rebuilt by Hibernate on every submission.
     */
    private Optional<Submitted> firstWithKey(Submission submission, CouncilView council) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select reference, status, track_token"
                    + " from service_requests where tenant_id = ? and idempotency_key = ?")) {
                select.setString(1, council.slug());
                select.setString(2, submission.idempotencyKey());
                try (ResultSet first = select.executeQuery()) {
                    return first.next() ? Optional.of(new Submitted(first.getString(1), council, first.getString(2),
                            Tracking.url(first.getString(3)), false)) : Optional.empty();
                }
            }
        });
    }

    private FormView onlineForm(CouncilView council, String service) {
        Optional<FormView> form = council.member() ? forms.current(council.slug(), service) : Optional.empty();
        return form.orElseThrow(() -> new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "not_online",
                council.name() + " does not take ‘" + catalogue.require(service).name() + "’ online here: use its website, "
                        + council.website(), List.of()));
    }

    private Submitted create(Submission submission, CouncilView council, FormView form, Answers.Checked answers,
                             String origin, Optional<Integer> targetDays) {
        Instant now = Instant.now(clock);
        String token = Tracking.newToken();
        ServiceRequest request = new ServiceRequest();
        request.reference = nextReference(council, now);
        request.serviceCode = submission.service();
        request.formVersionId = form.id();
        request.origin = origin;
        request.channel = submission.channel();
        request.channelClient = submission.client();
        request.status = Lifecycle.SUBMITTED;
        place(request, submission.where());
        request.addressText = submission.address() == null ? null : submission.address().text();
        request.answers = answers.facts();
        request.idempotencyKey = submission.idempotencyKey();
        request.trackToken = token;
        request.submittedAt = now;
        request.updatedAt = now;
        request.dueAt = targetDays.map(days -> workingDays.due(now, days)).orElse(null);
        request.persist();
        counts.received(request, council.slug(), request.serviceCode);
        // Written now, so that a concurrent request with the same key fails here, before anything else is done.
        entityManager.flush();
        photos.markUsed(form.questions().stream().filter(question -> question.type() == QuestionType.PHOTO)
                .map(question -> answers.facts().getOrDefault(question.id(), answers.personal().get(question.id())))
                .filter(java.util.Objects::nonNull).map(Object::toString).toList());
        request.queued = dispatching.made(new Dispatching.Made(request.id, council.slug(), request.reference,
                request.serviceCode));

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

        outbox.queue(Outbox.ACKNOWLEDGEMENT, about(request, council),
                new Outbox.Recipient(contact.email, contact.phone), null);

        TrackingToken link = new TrackingToken();
        link.tokenHash = Tracking.hash(token);
        link.tenantId = council.slug();
        link.requestId = request.id;
        link.persist();
        return new Submitted(request.reference, council, request.status, Tracking.url(token), true);
    }

    /** The request as a message to its resident names it. */
    Outbox.About about(ServiceRequest request, CouncilView council) {
        return new Outbox.About(request.id, council.slug(), council.name(), request.reference,
                catalogue.require(request.serviceCode).name(), Lifecycle.label(request.status), request.trackToken,
                addresses.of(request));
    }

    /**
     * PREFIX-YYMM-NNNN: the council's prefix, the month in London, and the next number of the council's sequence for
     * that month (changeset 2026-12-03-10). A sequence locks nothing until commit, so a council's submissions do not
     * wait for one another; a submission that rolls back leaves a gap, never a duplicate.
     */
    String nextReference(CouncilView council, Instant now) {
        String month = MONTH.format(now.atZone(LONDON));
        long number = entityManager.unwrap(Session.class).doReturningWork(connection -> nextNumber(connection, council.slug(), month));
        String prefix = councils.referencePrefix(council.slug()).orElseThrow();
        return String.format(Locale.ROOT, "%s-%s-%04d", prefix, month, number);
    }

    /**
     * Plain JDBC on the transaction's connection: Hibernate's cache of native-query interpretations compares its keys
     * element by element, and this one call colliding in a tree bin cost a sixth of a submission's CPU.
     */
    private static long nextNumber(Connection connection, String council, String month) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select next_reference_number(?, ?)")) {
            next.setString(1, council);
            next.setString(2, month);
            try (ResultSet result = next.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Where the request is, with the postcode it can be tracked by however the place was given. */
    private void place(ServiceRequest request, PlaceQuery where) {
        request.postcode = gazetteer.postcodeOf(where).map(Postcode::compact).orElse(null);
        if (where.hasUprn()) {
            request.uprn = Long.parseLong(where.uprn);
        } else if (!where.hasPostcode()) {
            Location point = where.point();
            request.lat = point.lat();
            request.lon = point.lon();
        }
    }
}
