package uk.tierless.requests;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.notifications.Outbox;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Passes a request to the council that is responsible for it, in one transaction across both councils. Hibernate
 * never changes a row's council and row-level security forbids it, so this is the one place that writes to two
 * councils: in a {@link TenantScope#handOver} to the receiving council (its own session) it creates a new request
 * with its own reference, the answers, the place, the contact details and the public history, moves the tracking
 * link to it and tells the resident; then, as the passing council again, it closes the request as
 * {@code not_councils_responsibility}, erases the contact details and personal answers and keeps a closed record naming
 * the new reference. Either all of it happens or none of it.
 */
@ApplicationScoped
public class RequestTransfer {

    static final String CLOSED_AS = "not_councils_responsibility";

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceOffers serviceOffers;

    @Inject
    Requests requests;

    @Inject
    References references;

    @Inject
    WorkingDays workingDays;

    @Inject
    Outbox outbox;

    @Inject
    RequestCounts counts;

    @Inject
    Clock clock;

    /** What happened: the new council and reference. */
    public record Transferred(CouncilView council, String reference) {
    }

    /**
     * Must run inside the passing council's tenant scope (its transaction), with {@code request} loaded and locked
     * there. {@code service} re-files the request under another service where the resident chose the wrong one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Transferred transfer(ServiceRequest request, String to, String service, String publicNote, String privateNote,
                            String actor) {
        CouncilView from = councils.require(request.tenantId);
        CouncilView target = councils.bySlug(to).filter(CouncilView::member).orElse(null);
        String newService = service == null ? request.serviceCode : service;
        if (target == null || target.slug().equals(from.slug()) || from.partnership() == null
                || !from.partnership().equals(target.partnership())) {
            throw ApiException.invalid("The request cannot be passed there.", List.of(new ApiError.FieldError("transferTo",
                    "Choose another council of your partnership, by its slug")));
        }
        if (catalogue.find(newService).isEmpty()) {
            throw ApiException.invalid("The request cannot be passed there.", List.of(new ApiError.FieldError("service",
                    "There is no service called '" + newService + "'")));
        }
        if (!Lifecycle.canMove(request.status, CLOSED_AS)) {
            throw ApiException.invalidTransition("A request that is " + request.status + " cannot be passed on.",
                    Lifecycle.allowed(request.status));
        }
        Optional<RequestContact> contact = RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional();
        List<RequestEvent> history = RequestEvent.<RequestEvent>list("requestId", Sort.by("at"), request.id).stream()
                .filter(RequestEvent::isPublic).toList();
        Instant now = Instant.now(clock);
        String handedOver = from.name() + " passed this request (" + request.reference + ") to " + target.name() + ".";
        String reference = tenantScope.handOver(target.slug(), session -> {
            ServiceRequest received = received(request, target, newService, now);
            session.persist(received);
            RequestContact receivedContact = new RequestContact();
            receivedContact.requestId = received.id;
            receivedContact.email = contact.map(c -> c.email).orElse(null);
            receivedContact.phone = contact.map(c -> c.phone).orElse(null);
            receivedContact.personalAnswers = new LinkedHashMap<>(contact.map(c -> c.personalAnswers).orElse(Map.of()));
            session.persist(receivedContact);
            for (RequestEvent event : history) {
                session.persist(RequestEvent.of(received.id, event.at, event.fromStatus, event.toStatus, event.note, event.actor));
            }
            session.persist(RequestEvent.of(received.id, now, request.status, Lifecycle.SUBMITTED, handedOver, actor));
            TrackingToken link = session.find(TrackingToken.class, Tracking.hash(request.trackToken));
            link.tenantId = target.slug();
            link.requestId = received.id;
            outbox.queue(session, Outbox.TRANSFER, requests.about(received, target),
                    new Outbox.Recipient(receivedContact.email, receivedContact.phone),
                    Objects.requireNonNullElse(publicNote, handedOver));
            return received.reference;
        });

        RequestEvent closing = RequestEvent.of(request.id, now, request.status, CLOSED_AS, Objects.requireNonNullElse(publicNote,
                "This is for " + target.name() + ": we have passed it to them as " + reference + "."), actor);
        closing.privateNote = privateNote;
        closing.handedOverTo = target.slug();
        closing.persist();
        counts.received(request, target.slug(), newService);
        counts.handedOver(request, request.status, target.slug(), now);
        request.status = CLOSED_AS;
        request.updatedAt = now;
        request.transferredToCouncil = target.slug();
        request.transferredToReference = reference;
        contact.ifPresent(c -> {
            c.email = null;
            c.phone = null;
            c.personalAnswers = Map.of();
        });
        return new Transferred(target, reference);
    }

    /** The receiving council's new request: the resident's answers and place, its own reference and due time. */
    private ServiceRequest received(ServiceRequest request, CouncilView target, String service, Instant now) {
        ServiceRequest received = new ServiceRequest();
        received.reference = references.next(target, now);
        received.serviceCode = service;
        received.formVersionId = request.formVersionId;
        received.origin = request.origin;
        received.channel = request.channel;
        received.status = Lifecycle.SUBMITTED;
        received.uprn = request.uprn;
        received.postcode = request.postcode;
        received.lat = request.lat;
        received.lon = request.lon;
        received.answers = new LinkedHashMap<>(request.answers);
        received.idempotencyKey = "transfer-" + UUID.randomUUID();
        received.trackToken = request.trackToken;
        received.submittedAt = request.submittedAt;
        received.updatedAt = now;
        received.dueAt = serviceOffers.targetDaysOf(target.slug(), service).map(days -> workingDays.due(now, days)).orElse(null);
        received.transferredFrom = request.reference;
        return received;
    }
}
