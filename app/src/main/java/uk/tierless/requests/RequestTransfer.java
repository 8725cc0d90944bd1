package uk.tierless.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.notifications.Outbox;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.catalogue.ServicesFile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Passes a request to the council that is responsible for it, in one transaction across both councils. Hibernate
 * never changes a row's council and row-level security forbids it, so this is the one place that writes to two
 * councils: as the receiving council (SQL, with {@code app.tenant} set to it) it creates a new request with its own
 * reference, the answers, the place, the contact details and the public history, moves the tracking link to it and
 * tells the resident; then, as the passing council again, it closes the request as
 * {@code not_councils_responsibility}, erases the contact details and personal answers and keeps a closed record naming
 * the new reference. Either all of it happens or none of it.
 */
@ApplicationScoped
public class RequestTransfer {

    static final String CLOSED_AS = "not_councils_responsibility";

    @Inject
    EntityManager entityManager;

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServicesFile servicesFile;

    @Inject
    Requests requests;

    @Inject
    WorkingDays workingDays;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

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
    public Transferred transfer(ServiceRequest request, String to, String service, String publicNote, String privateNote,
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
        entityManager.flush();
        Instant now = Instant.now(clock);

        actAs(target.slug());
        String reference = requests.nextReference(target, now);
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into service_requests (id, tenant_id, reference, service_code,"
                        + " form_version_id, origin, channel, status, uprn, postcode, lat, lon, answers, idempotency_key,"
                        + " track_token, submitted_at, updated_at, due_at, transferred_from) values (:id, :council,"
                        + " :reference, :service, :form, :origin, :channel, :status, :uprn, :postcode, :lat, :lon,"
                        + " cast(:answers as jsonb), :key, :token, :submitted, :now, :due, :from)")
                .setParameter("id", id).setParameter("council", target.slug()).setParameter("reference", reference)
                .setParameter("service", newService).setParameter("form", request.formVersionId)
                .setParameter("origin", request.origin).setParameter("channel", request.channel)
                .setParameter("status", Lifecycle.SUBMITTED).setParameter("uprn", request.uprn)
                .setParameter("postcode", request.postcode).setParameter("lat", request.lat).setParameter("lon", request.lon)
                .setParameter("answers", write(request.answers)).setParameter("key", "transfer-" + UUID.randomUUID())
                .setParameter("token", request.trackToken).setParameter("submitted", request.submittedAt)
                .setParameter("now", now)
                .setParameter("due", servicesFile.targetDaysOf(target.slug(), newService).map(days -> workingDays.due(now, days))
                        .orElse(null))
                .setParameter("from", request.reference).executeUpdate();
        entityManager.createNativeQuery("insert into request_contacts (id, tenant_id, request_id, email, phone,"
                        + " personal_answers) values (:id, :council, :request, :email, :phone, cast(:personal as jsonb))")
                .setParameter("id", UUID.randomUUID()).setParameter("council", target.slug()).setParameter("request", id)
                .setParameter("email", contact.map(c -> c.email).orElse(null))
                .setParameter("phone", contact.map(c -> c.phone).orElse(null))
                .setParameter("personal", write(contact.map(c -> c.personalAnswers).orElse(Map.of()))).executeUpdate();
        for (RequestEvent event : history) {
            event(id, target.slug(), event.at, event.fromStatus, event.toStatus, event.note, event.actor);
        }
        String handedOver = from.name() + " passed this request (" + request.reference + ") to " + target.name() + ".";
        event(id, target.slug(), now, request.status, Lifecycle.SUBMITTED, handedOver, actor);
        entityManager.createNativeQuery("update tracking_tokens set tenant_id = :council, request_id = :request"
                        + " where token_hash = :hash")
                .setParameter("council", target.slug()).setParameter("request", id)
                .setParameter("hash", Requests.hash(request.trackToken)).executeUpdate();
        outbox.queueInto(Outbox.TRANSFER, new Outbox.About(id, target.slug(), target.name(), reference,
                        catalogue.require(newService).name(), Lifecycle.label(Lifecycle.SUBMITTED), request.trackToken),
                new Outbox.Recipient(contact.map(c -> c.email).orElse(null), contact.map(c -> c.phone).orElse(null)),
                Objects.requireNonNullElse(publicNote, handedOver));

        actAs(from.slug());
        RequestEvent closing = new RequestEvent();
        closing.requestId = request.id;
        closing.at = now;
        closing.fromStatus = request.status;
        closing.toStatus = CLOSED_AS;
        closing.note = Objects.requireNonNullElse(publicNote, "This is for " + target.name() + ": we have passed it to them as "
                + reference + ".");
        closing.privateNote = privateNote;
        closing.actor = actor;
        closing.persist();
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

    private void event(UUID request, String council, Instant at, String from, String to, String note, String actor) {
        entityManager.createNativeQuery("insert into request_events (id, tenant_id, request_id, at, from_status, to_status,"
                        + " note, actor) values (:id, :council, :request, :at, :from, :to, :note, :actor)")
                .setParameter("id", UUID.randomUUID()).setParameter("council", council).setParameter("request", request)
                .setParameter("at", at).setParameter("from", from).setParameter("to", to).setParameter("note", note)
                .setParameter("actor", actor).executeUpdate();
    }

    /** Row-level security follows {@code app.tenant}, local to this transaction. */
    private void actAs(String council) {
        entityManager.createNativeQuery("select set_config('app.tenant', :council, true)").setParameter("council", council)
                .getSingleResult();
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
