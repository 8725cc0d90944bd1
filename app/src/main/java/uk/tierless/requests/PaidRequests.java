package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.Charge;
import uk.tierless.catalogue.Charges;
import uk.tierless.platform.Money;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.notifications.Outbox;
import uk.tierless.payments.PaymentOrder;
import uk.tierless.payments.PaymentRefunded;
import uk.tierless.payments.PaymentSettled;
import uk.tierless.payments.PaymentView;
import uk.tierless.payments.Payments;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for a service that takes a payment. The checked submission is kept, with the reference and tracking
 * link reserved for it, while the resident pays; the request reaches the council only when the payment succeeds
 * ({@link PaymentSettled}, fired once, in the transaction that settles the payment, so the request is made exactly
 * once however often the resident returns or the settling job runs). A payment that fails, is cancelled or expires
 * makes no request, and the resident is told nothing was taken. A service the council takes without a request
 * (council tax) keeps only the outcome: the payment itself is the council's record.
 */
@ApplicationScoped
public class PaidRequests {

    /** What these payments are for, as payments names it back in {@link PaymentSettled}. */
    static final String PURPOSE = "request";

    private static final String IDEMPOTENCY_INDEX = "paid_submissions_idempotency_idx";

    @Inject
    Requests requests;

    @Inject
    References references;

    @Inject
    NewRequests newRequests;

    @Inject
    Payments payments;

    @Inject
    Charges charges;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A checked submission's request reserved and its payment started (or both found again for its key). */
    Requests.Submitted start(Making making, CouncilView council, Charge charge) {
        if (!payments.takesPayments(council.slug())) {
            throw ApiException.invalid(council.name() + " does not take payments online yet: use its website, "
                    + council.website(), List.of());
        }
        Reserved reserved;
        try {
            reserved = tenantScope.call(council.slug(), () -> reserve(making, council, charge));
        } catch (RuntimeException e) {
            if (!Requests.refusedBy(e, IDEMPOTENCY_INDEX)) {
                throw e;
            }
            // The same submission twice at once: the other one reserved it, and is committed.
            reserved = tenantScope.call(council.slug(), () -> reserve(making, council, charge));
        }
        if (reserved.made() != null) {
            return reserved.made();
        }
        PaidSubmission pending = reserved.pending();
        PaymentView payment = payments.start(new PaymentOrder(council.slug(), pending.amount, pending.reference,
                charge.description(), making.email(), "request-" + making.idempotencyKey(), PURPOSE,
                Tracking.url(pending.trackToken) + "?sent=1", pending.serviceCode));
        if (pending.paymentId == null) {
            tenantScope.run(council.slug(), () -> PaidSubmission.<PaidSubmission>findByIdOptional(pending.id)
                    .ifPresent(kept -> kept.paymentId = payment.id()));
        }
        return new Requests.Submitted(pending.reference, council, pending.outcome, Tracking.url(pending.trackToken),
                reserved.created(), new Requests.AwaitingPayment(payment.id(), payment.amount(), payment.nextUrl()));
    }

    private record Reserved(Requests.Submitted made, PaidSubmission pending, boolean created) {
    }

    /**
     * In the council's scope: the request already made with this key, or the submission already kept for it, or a
     * new one kept with a new reference and tracking link.
     */
    private Reserved reserve(Making making, CouncilView council, Charge charge) {
        Optional<Requests.Submitted> made = requests.firstWithKey(making.idempotencyKey(), council);
        if (made.isPresent()) {
            return new Reserved(made.get(), null, false);
        }
        Optional<PaidSubmission> kept = PaidSubmission.find("idempotencyKey", making.idempotencyKey()).firstResultOptional();
        if (kept.isPresent()) {
            return new Reserved(null, kept.get(), false);
        }
        Instant now = Instant.now(clock);
        PaidSubmission pending = new PaidSubmission();
        pending.reference = references.next(council, now);
        pending.serviceCode = making.service();
        pending.idempotencyKey = making.idempotencyKey();
        pending.trackToken = Tracking.newToken();
        pending.amount = charge.amount();
        pending.making = making;
        pending.outcome = PaidSubmission.AWAITING_PAYMENT;
        pending.createdAt = now;
        pending.persistAndFlush();
        TrackingToken link = new TrackingToken();
        link.tokenHash = Tracking.hash(pending.trackToken);
        link.tenantId = council.slug();
        link.requestId = pending.id;
        link.persist();
        return new Reserved(null, pending, true);
    }

    /**
     * A payment for a request has settled: paid, the request is made (unless the council takes this service without
     * one) and the resident gets its acknowledgement as their receipt; not paid, they are told nothing was taken.
     * Either way the submission's personal data is dropped. Runs in the settling transaction and council scope.
     */
    void settled(@Observes PaymentSettled settled) {
        if (!PURPOSE.equals(settled.purpose())) {
            return;
        }
        PaidSubmission pending = PaidSubmission.<PaidSubmission>find("reference", settled.reference()).firstResultOptional()
                .filter(kept -> PaidSubmission.AWAITING_PAYMENT.equals(kept.outcome)).orElse(null);
        if (pending == null) {
            return;
        }
        CouncilView council = councils.require(settled.council());
        Making making = pending.making;
        String paid = "We have your payment of " + Money.format(pending.amount) + ".";
        if (settled.succeeded() && charges.makesRequest(council.slug(), pending.serviceCode)) {
            newRequests.create(making, council, pending.trackToken, pending.reference,
                    new NewRequests.Paid(settled.paymentId(), paid));
            requests.counted(making, council);
        } else {
            Outbox.About about = new Outbox.About(null, council.slug(), council.name(), pending.reference,
                    catalogue.require(pending.serviceCode).name(), Lifecycle.label(settled.succeeded()
                    ? PaidSubmission.PAID : PaidSubmission.NOT_PAID), pending.trackToken, null);
            outbox.queue(settled.succeeded() ? Outbox.ACKNOWLEDGEMENT : Outbox.UPDATE, about,
                    new Outbox.Recipient(making.email(), making.phone()), settled.succeeded() ? paid
                            : "Your payment did not go through, so nothing was taken and your request was not sent.");
        }
        pending.outcome = settled.succeeded() ? PaidSubmission.PAID : PaidSubmission.NOT_PAID;
        pending.making = null;
        pending.settledAt = Instant.now(clock);
    }

    /**
     * Part of a paid request's payment has gone back to the resident: they are told, and its history says so, in the
     * refund's transaction. A payment that made no request (council tax) has no history to add to.
     */
    void refunded(@Observes PaymentRefunded refund) {
        if (!PURPOSE.equals(refund.purpose())) {
            return;
        }
        ServiceRequest.<ServiceRequest>find("reference", refund.reference()).firstResultOptional().ifPresent(request -> {
            String note = "We have refunded " + Money.format(refund.amount()) + " of your payment. " + refund.reason();
            RequestEvent.of(request.id, Instant.now(clock), request.status, request.status, note, refund.by()).persist();
            Outbox.Recipient resident = RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional()
                    .map(contact -> new Outbox.Recipient(contact.email, contact.phone)).orElse(new Outbox.Recipient(null, null));
            outbox.queue(Outbox.UPDATE, requests.about(request, councils.require(refund.council())), resident, note);
        });
    }

    /** The payment a request was made after, by the request's reference, if it was paid for. */
    public Optional<String> paymentOf(String council, String reference) {
        return tenantScope.call(council, () -> PaidSubmission.<PaidSubmission>find("reference", reference)
                .firstResultOptional().filter(paid -> PaidSubmission.PAID.equals(paid.outcome)).map(paid -> paid.paymentId));
    }

    /** What a tracking link for a submission still kept here shows: its reference, service and payment outcome. */
    Optional<Tracking.Tracked> tracked(UUID id, CouncilView council) {
        return PaidSubmission.<PaidSubmission>findByIdOptional(id).map(pending -> new Tracking.Tracked(pending.reference,
                council, pending.serviceCode, pending.outcome, List.of(), null, null, null, null, null));
    }
}
