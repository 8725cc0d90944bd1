package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.tenancy.TenantScope;

/**
 * A council's back office updating one of the council's requests through the API with its integration key: the same
 * change, rules and email to the resident as a caseworker's ({@link WorkQueue#change}), by the actor
 * {@code back office: <client>}. A change that carries the back office's {@code updateId} is applied once: a repeat,
 * even one raced with the first, changes nothing and answers the request as it is.
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
}
