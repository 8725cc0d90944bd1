package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.Charge;
import uk.tierless.catalogue.Charges;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.forms.Answers;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Forms;
import uk.tierless.notifications.Outbox;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.reports.UsageCounter;
import uk.tierless.routing.Router;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.TenantScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Service requests: a resident's answers to the responsible council's form become a request owned by that council,
 * with a readable reference ({@code TAM-2611-0042}) and a tracking link. A repeated idempotency key answers with the
 * first request instead of making another.
 */
@ApplicationScoped
public class Requests {

    static final String FORM_SUBMITTED = "form-submitted";

    private static final String IDEMPOTENCY_INDEX = "service_requests_idempotency_idx";

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
    ServiceOffers serviceOffers;

    @Inject
    SubmissionCheck checks;

    @Inject
    Charges charges;

    @Inject
    PaidRequests paidRequests;

    @Inject
    BookingDesks desks;

    @Inject
    NewRequests newRequests;

    /**
     * What a resident (or an app or a caseworker on the phone) sends; {@code client}: the Open311 client, else null;
     * {@code choices}: for a booked service, the choice under its desk's member ({@code appointment}, {@code class}).
     */
    public record Submission(String service, PlaceQuery where, AddressWords address, Map<String, Object> answers,
                             String email, String phone, String origin, String channel, String idempotencyKey,
                             String device, String client, Map<String, Object> choices) {
    }

    /**
     * The request made, or found again for a repeated idempotency key ({@code created} false); for a service that
     * takes a payment, the payment to make first ({@code payment}, null otherwise); what was booked with it, by the
     * member of the API's answer ({@code booked}: "appointment", "registration"; empty for none).
     */
    public record Submitted(String reference, CouncilView council, String status, String trackUrl, boolean created,
                            AwaitingPayment payment, Map<String, Object> booked) {

        Submitted(String reference, CouncilView council, String status, String trackUrl, boolean created,
                  AwaitingPayment payment) {
            this(reference, council, status, trackUrl, created, payment, Map.of());
        }
    }

    /** The payment a request waits for: its id, the amount in pence, and where the resident pays. */
    public record AwaitingPayment(String id, long amount, String nextUrl) {
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
        String origin = councils.bySlug(submission.origin()).filter(CouncilView::member).map(CouncilView::slug).orElse(null);
        // Read before the request's transaction begins, so from the offers in memory rather than a query in it.
        Optional<Integer> targetDays = serviceOffers.targetDaysOf(council.slug(), submission.service());
        Optional<BookingDesk> desk = desks.of(council.slug(), submission.service());
        Map<String, Object> choice = desk.map(booking -> desks.choiceFor(booking, submission)).orElse(null);
        Making making = Making.of(submission, offer.form(), answers, origin, targetDays.orElse(null),
                gazetteer.postcodeOf(submission.where()).map(Postcode::compact).orElse(null), choice);
        Optional<Charge> booked = desk.flatMap(booking -> desks.charge(booking, making, council.slug()));
        if (charges.isPaid(council.slug(), submission.service()) || booked.isPresent()) {
            if (Channels.OPEN311.equals(submission.channel())) {
                throw ApiException.invalid(catalogue.require(submission.service()).name() + " takes a payment, which "
                        + "Open311 cannot carry: the resident pays on the portal.", List.of());
            }
            return paidRequests.start(making, council, booked.or(() -> charges.of(council.slug(), submission.service(),
                    answers)).orElseThrow());
        }
        Submitted submitted;
        try {
            submitted = tenantScope.call(council.slug(), () -> firstWithKey(making.idempotencyKey(), council)
                    .orElseGet(() -> newRequests.create(making, council, Tracking.newToken(), null, null)));
        } catch (RuntimeException e) {
            if (!repeatsKey(e)) {
                throw e;
            }
            // Submissions with one key at the same moment: another one made the request, and is committed; answer with it.
            submitted = tenantScope.call(council.slug(), () -> firstWithKey(making.idempotencyKey(), council)).orElseThrow(() -> e);
        }
        if (submitted.created()) {
            counted(making, council);
        }
        return submitted;
    }

    /** A request made counts once in the board's usage figures: when it is made, paid for or free. */
    void counted(Making making, CouncilView council) {
        usage.count(null, making.origin(), List.of(new UsageCounter.TileUse(council.slug(), making.service())),
                FORM_SUBMITTED, making.channel(), making.device());
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
    Optional<Submitted> firstWithKey(String idempotencyKey, CouncilView council) {
        record Found(String reference, String status, String trackToken, UUID id, String service) {
        }
        Optional<Found> found = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select reference, status, track_token, id,"
                    + " service_code from service_requests where tenant_id = ? and idempotency_key = ?")) {
                select.setString(1, council.slug());
                select.setString(2, idempotencyKey);
                try (ResultSet first = select.executeQuery()) {
                    return first.next() ? Optional.of(new Found(first.getString(1), first.getString(2), first.getString(3),
                            first.getObject(4, UUID.class), first.getString(5))) : Optional.empty();
                }
            }
        });
        return found.map(request -> new Submitted(request.reference(), council, request.status(),
                Tracking.url(request.trackToken()), false, null, desks.answered(council.slug(), request.service(), request.id())));
    }

    private FormView onlineForm(CouncilView council, String service) {
        // A service switched from a form to a link keeps its form versions, but takes nothing online any more.
        Optional<FormView> form = council.member() && serviceOffers.takesByForm(council.slug(), service)
                ? forms.current(council.slug(), service) : Optional.empty();
        return form.orElseThrow(() -> new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "not_online",
                council.name() + " does not take ‘" + catalogue.require(service).name() + "’ online here: use its website, "
                        + council.website(), List.of()));
    }

    /** The request as a message to its resident names it. */
    Outbox.About about(ServiceRequest request, CouncilView council) {
        return new Outbox.About(request.id, council.slug(), council.name(), request.reference,
                catalogue.require(request.serviceCode).name(), Lifecycle.label(request.status), request.trackToken,
                addresses.of(request));
    }
}
