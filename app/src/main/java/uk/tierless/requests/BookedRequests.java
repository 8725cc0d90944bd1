package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.identity.Staff;
import uk.tierless.notifications.Attachment;
import uk.tierless.notifications.Outbox;
import uk.tierless.payments.Payments;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a booking desk ({@link BookingDesk}) may do with the requests it booked for: requests keeps the requests
 * and the residents' contact details, so a desk tells a resident, or calls a request off, through here.
 */
@ApplicationScoped
public class BookedRequests {

    static final String CANCELLED = "cancelled";

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    Requests requests;

    @Inject
    RequestChanges changes;

    @Inject
    PaidRequests paidRequests;

    @Inject
    Payments payments;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A request as a desk knows it: its council, id, reference, service, status and the tracking link's token. */
    public record BookedRequest(String council, UUID requestId, String reference, String service, String status,
                                String trackToken) {
    }

    /** The request a tracking link's token opens, if it opens one (not a paid submission still waiting). */
    public Optional<BookedRequest> byToken(String token) {
        return TrackingToken.<TrackingToken>findByIdOptional(Tracking.hash(token == null ? "" : token))
                .flatMap(link -> tenantScope.call(link.tenantId, () -> ServiceRequest.<ServiceRequest>findByIdOptional(
                        link.requestId).map(request -> new BookedRequest(link.tenantId, request.id, request.reference,
                        request.serviceCode, request.status, token))));
    }

    /** The references of these requests of the council, by id. */
    public Map<UUID, String> references(String council, Collection<UUID> requestIds) {
        Map<UUID, String> references = new LinkedHashMap<>();
        if (!requestIds.isEmpty()) {
            tenantScope.joining(council, () -> ServiceRequest.<ServiceRequest>list("id in ?1", requestIds))
                    .forEach(request -> references.put(request.id, request.reference));
        }
        return references;
    }

    /**
     * Tells the resident (email, else text), in the caller's transaction when it is the council's; with
     * {@code inHistory} the note is also a public update of the request. {@code calendar} may be null.
     */
    public void tell(String council, UUID requestId, String note, boolean inHistory, Attachment calendar) {
        tenantScope.joining(council, () -> {
            ServiceRequest request = ServiceRequest.<ServiceRequest>findByIdOptional(requestId).orElseThrow();
            if (inHistory) {
                RequestEvent.of(request.id, Instant.now(clock), request.status, request.status, note, "resident").persist();
            }
            tellResident(request, note, calendar);
            return null;
        });
    }

    /**
     * The booking was called off (by the resident or the council): the request is cancelled with the note in its
     * history, and the resident told. A request already closed keeps its status and gets the note.
     */
    public void withdraw(String council, UUID requestId, String note, Attachment calendar) {
        tenantScope.joining(council, () -> {
            ServiceRequest request = ServiceRequest.<ServiceRequest>findByIdOptional(requestId).orElseThrow();
            String to = Lifecycle.isOpen(request.status) ? CANCELLED : request.status;
            changes.write(request, changes.event(request, to, note, null, "resident"));
            tellResident(request, note, calendar);
            return null;
        });
    }

    /**
     * Refunds what is left of the payment the request was made after, if it was paid for, audited as by the staff
     * member whose act it follows (a class the council cancelled), in a transaction of its own.
     */
    public void refundAll(String council, UUID requestId, String reason, Staff by) {
        String reference = references(council, List.of(requestId)).get(requestId);
        paidRequests.paymentOf(council, reference).ifPresent(payment -> {
            long left = payments.find(payment).orElseThrow().amount() - payments.refunded(council, payment);
            if (left > 0) {
                payments.refund(council, payment, left, reason, by);
            }
        });
    }

    private void tellResident(ServiceRequest request, String note, Attachment calendar) {
        Outbox.Recipient resident = RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional()
                .map(contact -> new Outbox.Recipient(contact.email, contact.phone))
                .orElse(new Outbox.Recipient(null, null));
        outbox.queue(Outbox.UPDATE, requests.about(request, councils.require(request.tenantId)), resident, note, calendar);
    }
}
