package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.notifications.Outbox;
import uk.tierless.photos.Photos;
import uk.tierless.tenancy.CouncilView;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a new request from a checked submission ({@link Making}), all in one transaction: the request with its
 * reference and target, its contact details, the first event, its booking at a desk if its service takes one, the
 * acknowledgement to the resident and the tracking link.
 */
@ApplicationScoped
class NewRequests {

    @Inject
    Requests requests;

    @Inject
    References references;

    @Inject
    WorkingDays workingDays;

    @Inject
    RequestCounts counts;

    @Inject
    EntityManager entityManager;

    @Inject
    Photos photos;

    @Inject
    Dispatching dispatching;

    @Inject
    Outbox outbox;

    @Inject
    BookingDesks desks;

    @Inject
    Clock clock;

    /** The payment a request is made after, and the sentence that tells the resident it was taken. */
    record Paid(String paymentId, String note) {
    }

    /**
     * The request, in the council's scope and the caller's transaction: with a new reference and a new tracking link,
     * or (after a payment, {@code paid}) with the {@code reference} reserved for it and the payment's note in the
     * acknowledgement, the tracking link already made.
     */
    Requests.Submitted create(Making making, CouncilView council, String token, String reference, Paid paid) {
        Instant now = Instant.now(clock);
        ServiceRequest request = new ServiceRequest();
        request.reference = reference != null ? reference : references.next(council, now);
        request.serviceCode = making.service();
        request.formVersionId = making.formVersionId();
        request.origin = making.origin();
        request.channel = making.channel();
        request.channelClient = making.client();
        request.status = Lifecycle.SUBMITTED;
        request.postcode = making.postcode();
        request.uprn = making.uprn();
        request.lat = making.lat();
        request.lon = making.lon();
        request.addressText = making.addressText();
        request.answers = making.facts();
        request.idempotencyKey = making.idempotencyKey();
        request.trackToken = token;
        request.submittedAt = now;
        request.updatedAt = now;
        request.dueAt = making.targetDays() == null ? null : workingDays.due(now, making.targetDays());
        request.persist();
        counts.received(request, council.slug(), request.serviceCode);
        // Written now, so that a concurrent request with the same key fails here, before anything else is done.
        entityManager.flush();
        photos.markUsed(making.photos());
        request.queued = dispatching.made(new Dispatching.Made(request.id, council.slug(), request.reference,
                request.serviceCode));

        RequestContact contact = new RequestContact();
        contact.requestId = request.id;
        contact.email = making.email();
        contact.phone = making.phone();
        contact.personalAnswers = making.personal();
        contact.persist();

        RequestEvent event = new RequestEvent();
        event.requestId = request.id;
        event.at = now;
        event.toStatus = Lifecycle.SUBMITTED;
        Optional<BookingDesks.Made> booking = desks.book(making, council.slug(), request.id, request.reference,
                paid == null ? null : paid.paymentId());
        String acknowledgement = Stream.concat(Stream.ofNullable(paid).map(Paid::note),
                booking.map(made -> made.booked().acknowledgement()).stream()).collect(Collectors.joining(" "));
        event.note = acknowledgement.isEmpty() ? "We have your request." : "We have your request. " + acknowledgement;
        event.actor = "resident";
        event.persist();

        outbox.queue(Outbox.ACKNOWLEDGEMENT, requests.about(request, council), new Outbox.Recipient(contact.email, contact.phone),
                acknowledgement.isEmpty() ? null : acknowledgement,
                booking.map(made -> made.booked().calendar()).orElse(null));

        if (reference == null) {
            TrackingToken link = new TrackingToken();
            link.tokenHash = Tracking.hash(token);
            link.tenantId = council.slug();
            link.requestId = request.id;
            link.persist();
        } else {
            TrackingToken.<TrackingToken>findByIdOptional(Tracking.hash(token)).orElseThrow().requestId = request.id;
        }
        return new Requests.Submitted(request.reference, council, request.status, Tracking.url(token), true, null,
                booking.map(made -> Map.of(made.answerMember(), made.booked().answer())).orElse(Map.of()));
    }

}
