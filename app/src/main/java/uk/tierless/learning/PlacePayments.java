package uk.tierless.learning;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;
import uk.tierless.payments.PaymentOrder;
import uk.tierless.payments.PaymentRefunded;
import uk.tierless.payments.PaymentSettled;
import uk.tierless.payments.Payments;
import uk.tierless.platform.LogSafe;
import uk.tierless.platform.Money;
import uk.tierless.requests.BookedRequests;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying for a place in a class with a fee (docs/bookings.md, Classes). A registration pays through the request
 * (the class's fee is the request's charge), but the waiting list is free: a learner offered a place pays when they
 * accept it, and the offer waits for that payment. A place paid for but not held (the class filled while the learner
 * paid, or was cancelled, or the offer was gone when the payment came through) is due a refund, which the refunds
 * job makes, so a refund the provider fails is tried again.
 */
@ApplicationScoped
public class PlacePayments {

    /** What payments for accepted offers are for, as payments names it back in {@link PaymentSettled}. */
    static final String PURPOSE = "class-place";

    private static final Logger LOG = Logger.getLogger(PlacePayments.class);

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Places places;

    @Inject
    Payments payments;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    CouncilDirectory councils;

    @Inject
    Clock clock;

    /** The payment for an accepted offer, started (or found again for its key): where the learner pays. */
    URI start(BookedRequests.BookedRequest request, Places.Acceptance acceptance) {
        if (!payments.takesPayments(request.council())) {
            throw ApiException.conflict(councils.require(request.council()).name() + " does not take payments online"
                    + " yet: phone the council to take the place before the offer ends.");
        }
        String title = ClassWords.title(Places.view(acceptance.place().courseClass));
        var payment = payments.start(new PaymentOrder(request.council(), acceptance.amount(), request.reference(),
                title + ": a place", null, acceptance.paymentKey(), PURPOSE, LearnerPages.href(request.trackToken()),
                Classes.SERVICE));
        tenantScope.run(request.council(), () -> Place.<Place>find("requestId", request.requestId()).firstResultOptional()
                .filter(place -> acceptance.paymentKey().equals(place.paymentKey))
                .ifPresent(place -> place.paymentId = payment.id()));
        return URI.create(payment.nextUrl());
    }

    /**
     * The payment for an accepted offer settled, in the settling transaction and council scope: paid, the place is
     * the learner's (or due a refund if it is no longer held); not paid, the offer stands and the learner may try
     * again. Either way they are told.
     */
    void settled(@Observes PaymentSettled settled) {
        if (!PURPOSE.equals(settled.purpose())) {
            return;
        }
        Place.<Place>find("paymentId", settled.paymentId()).firstResultOptional().map(places::locking)
                .filter(place -> settled.paymentId().equals(place.paymentId) && place.paidAt == null)
                .ifPresent(place -> bookedRequests.tell(settled.council(), place.requestId,
                        settle(place, settled.succeeded(), settled.amount()), true, null));
    }

    private String settle(Place place, boolean succeeded, long amount) {
        ClassView taught = Places.view(place.courseClass);
        if (!succeeded) {
            place.paymentKey = null;
            place.paymentId = null;
            return "Your payment did not go through, so nothing was taken." + (Place.OFFERED.equals(place.state)
                    ? " The place on " + ClassWords.title(taught) + " is still held for you until "
                    + ClassWords.moment(place.offeredUntil) + ": open your tracking link to try again." : "");
        }
        place.paidAt = Instant.now(clock);
        String paid = "We have your payment of " + Money.format(amount) + ".";
        if (Place.OFFERED.equals(place.state)) {
            places.change(place, Place.REGISTERED);
            return paid + " You have a place on " + ClassWords.title(taught) + ": " + ClassWords.when(taught) + ".";
        }
        place.refundDue = true;
        return paid + " The place on " + ClassWords.title(taught) + " was no longer held for you, so we will refund it.";
    }

    /** A refund of a payment for an accepted offer: the learner is told, in the refund's transaction. */
    void refunded(@Observes PaymentRefunded refund) {
        if (PURPOSE.equals(refund.purpose())) {
            Place.<Place>find("paymentId", refund.paymentId()).firstResultOptional().ifPresent(place -> bookedRequests.tell(
                    refund.council(), place.requestId, "We have refunded " + Money.format(refund.amount())
                            + " of your payment. " + refund.reason(), true, null));
        }
    }

    @Scheduled(every = "${tierless.learning.offers-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refundDueNow() {
        for (CouncilView council : councils.members()) {
            refundDue(council.slug(), Staff.tierless(council.slug()));
        }
    }

    /**
     * Gives back every payment for a place of the council that is due a refund, audited as by {@code by}; answers
     * how many places were refunded. A refund that fails stays due, for the next run.
     */
    public int refundDue(String council, Staff by) {
        return refund(council, tenantScope.call(council, () -> entityManager.createQuery(
                "select p.id from Place p where p.refundDue = true", UUID.class).getResultList()), by);
    }

    /** The same for these places only (a class just cancelled, by the staff member who cancelled it). */
    int refund(String council, List<UUID> placeIds, Staff by) {
        int refunded = 0;
        for (UUID placeId : placeIds) {
            try {
                if (tenantScope.call(council, () -> refund(council, placeId, by))) {
                    refunded++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(LogSafe.withoutMessages(e), "A refund for a place of %s failed; the next run tries again", council);
            }
        }
        return refunded;
    }

    /** Refunds what is left of the place's payment, with its class locked; true once nothing is left to refund. */
    private boolean refund(String council, UUID placeId, Staff by) {
        Optional<Place> due = Optional.ofNullable(entityManager.find(Place.class, placeId)).map(places::locking)
                .filter(place -> place.refundDue);
        if (due.isEmpty()) {
            return false;
        }
        Place place = due.get();
        long amount = payments.find(place.paymentId).orElseThrow().amount();
        long left = amount - payments.refunded(council, place.paymentId);
        if (left > 0) {
            payments.refund(council, place.paymentId, left, reason(place), by);
        }
        if (payments.refunded(council, place.paymentId) < amount) {
            LOG.warnf("A refund for a place of %s was not made by the provider; the next run tries again", council);
            return false;
        }
        place.refundDue = false;
        place.paymentKey = null;
        place.paymentId = null;
        place.paidAt = null;
        return true;
    }

    private static String reason(Place place) {
        ClassView taught = Places.view(place.courseClass);
        if (place.courseClass.cancelledAt != null) {
            return ClassWords.title(taught) + " is cancelled.";
        }
        return Place.WAITING.equals(place.state)
                ? "The waiting list for " + ClassWords.title(taught) + " is free: you pay when you accept a place."
                : "The place on " + ClassWords.title(taught) + " was no longer held for you.";
    }
}
