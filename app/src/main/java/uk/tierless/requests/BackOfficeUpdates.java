package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.tenancy.TenantScope;

/**
 * A council's back office updating one of the council's requests: the council's word, so unlike a resident's update
 * ({@link ClientUpdates}) it moves the status, its words are the public note, and the resident is told as for a
 * caseworker's update. Two ways in: through the API with its integration key ({@link #update}: the same change,
 * rules and refusals as a caseworker's ({@link WorkQueue#change}), by {@code back office: <client>}), and read from
 * its Open311 server by the poller ({@link #apply}: its status followed where the lifecycle allows, else kept with a
 * note for staff, since a poll cannot be refused). A back office's id for an update is applied once per council: the
 * unique index on {@code client} and {@code client_update_id} that holds clients' updates refuses a repeat, even one
 * raced with the first.
 */
@ApplicationScoped
public class BackOfficeUpdates {

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    RequestChanges changes;

    @Inject
    WorkQueue queue;

    /** The request after the update; {@code applied} false when the update id had been applied before. */
    public record Updated(WorkQueue.Detail request, boolean applied) {
    }

    /** A 400 naming the fields at fault, 404 for no such request of the council, 409 for a move not allowed. */
    public Updated update(String council, String client, String reference, WorkQueue.Change change) {
        ChangedBy by = ChangedBy.backOffice(council, client);
        WorkQueue.Change checked = changes.checked(by, change);
        try {
            return tenantScope.call(council, () -> {
                ServiceRequest request = queue.lockedRequest(reference);
                if (checked.updateId() != null && RequestEvent.count("client = ?1 and clientUpdateId = ?2", by.actor(),
                        checked.updateId()) > 0) {
                    return new Updated(queue.detail(request), false);
                }
                changes.apply(request, checked, by);
                // Written now, so that a repeat that slipped past the lock is refused here by the unique index.
                entityManager.flush();
                return new Updated(queue.detail(request), true);
            });
        } catch (RuntimeException e) {
            if (checked.updateId() == null || !Requests.refusedBy(e, ClientUpdates.CLIENT_UPDATE_INDEX)) {
                throw e;
            }
            return new Updated(tenantScope.call(council, () -> queue.detail(WorkQueue.find(reference))), false);
        }
    }

    /**
     * An update: {@code client} names the back office ({@code open311:crm.example.gov.uk}), {@code updateId} is its
     * own id for the update; {@code status} a Tierless status (docs/work-queue.md) or null for none; {@code note}
     * what it says to the resident, or null.
     */
    public record BackOfficeUpdate(String reference, String client, String updateId, String status, String note) {
    }

    /** What became of an update. */
    public enum Outcome { APPLIED, REPEATED, NO_SUCH_REQUEST }

    /** Applies the update to the council's request by its reference, once. */
    public Outcome apply(String council, BackOfficeUpdate update) {
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
                        "back office via " + update.client());
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
