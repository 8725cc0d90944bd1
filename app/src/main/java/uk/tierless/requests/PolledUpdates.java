package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.tenancy.TenantScope;

/**
 * An update Tierless read (polled) from a council's own back office (its CRM, through Open311) for the request it
 * was sent: the council's word, so unlike a resident's update ({@link ClientUpdates}) it moves the status where the lifecycle
 * allows, its words are the public note, and the resident is told as for a caseworker's update. A back office's id
 * for an update is applied once per council: the same unique index on {@code client} and {@code client_update_id}
 * that holds clients' updates refuses a repeat, even one raced with the first.
 */
@ApplicationScoped
public class PolledUpdates {

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    RequestChanges changes;

    /**
     * An update: {@code client} names the back office ({@code open311:crm.example.gov.uk}), {@code updateId} is its
     * own id for the update; {@code status} a Tierless status (docs/work-queue.md) or null for none; {@code note}
     * what it says to the resident, or null.
     */
    public record PolledUpdate(String reference, String client, String updateId, String status, String note) {
    }

    /** What became of an update. */
    public enum Outcome { APPLIED, REPEATED, NO_SUCH_REQUEST }

    /** Applies the update to the council's request by its reference, once. */
    public Outcome apply(String council, PolledUpdate update) {
        try {
            return tenantScope.call(council, () -> {
                ServiceRequest request = ServiceRequest.<ServiceRequest>find("reference", update.reference())
                        .firstResultOptional().orElse(null);
                if (request == null) {
                    return Outcome.NO_SUCH_REQUEST;
                }
                // One change at a time to a request, as a staff change: a repeat waits, then sees the first.
                entityManager.lock(request, LockModeType.PESSIMISTIC_WRITE);
                if (RequestEvent.count("client = ?1 and clientUpdateId = ?2", update.client(), update.updateId()) > 0) {
                    return Outcome.REPEATED;
                }
                String to = statusAfter(request.status, update.status());
                RequestEvent event = changes.event(request, to, update.note(), refusedMove(request.status, update.status(), to),
                        "back office: " + update.client());
                event.client = update.client();
                event.clientUpdateId = update.updateId();
                changes.write(request, event);
                entityManager.flush();
                if (event.isPublic()) {
                    changes.tellResident(request, update.note());
                }
                return Outcome.APPLIED;
            });
        } catch (RuntimeException e) {
            if (!Requests.refusedBy(e, ClientUpdates.CLIENT_UPDATE_INDEX)) {
                throw e;
            }
            return Outcome.REPEATED;
        }
    }

    /**
     * The back office's status where the lifecycle allows the move; else the request keeps its own. An open status
     * for a closed request reopens it; an open status for an open one changes nothing (a back office's OPEN is
     * every stage of Tierless's open work).
     */
    private static String statusAfter(String current, String said) {
        if (said == null || said.equals(current) || Lifecycle.canMove(current, said)) {
            return said == null ? current : said;
        }
        return Lifecycle.isOpen(said) && !Lifecycle.isOpen(current) ? Lifecycle.REOPENED : current;
    }

    /** A private note for staff when the back office's status could not be followed, else null. */
    private static String refusedMove(String current, String said, String to) {
        if (said == null || said.equals(to) || Lifecycle.isOpen(said) && Lifecycle.isOpen(to)) {
            return null;
        }
        return "The back office said " + said + ", which a request that is " + current + " cannot become.";
    }
}
