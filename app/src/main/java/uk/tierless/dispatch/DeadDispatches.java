package uk.tierless.dispatch;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.api.Identifiers;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The requests that could not be sent on after every try, for the council's administrators to see and retry. */
@ApplicationScoped
public class DeadDispatches {

    /** A dead dispatch: which request, how and where, the tries, and the last answer (its status and words). */
    public record DeadDispatch(UUID id, String reference, String method, String target, int attempts,
                               Instant createdAt, Instant lastAttemptAt, Integer lastStatus, String lastAnswer) {
    }

    @Inject
    Reach reach;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    public List<DeadDispatch> list() {
        Staff admin = reach.councilAdmin();
        return tenantScope.call(admin.council(), () -> RequestDispatch.<RequestDispatch>list("state",
                Sort.descending("createdAt"), RequestDispatch.DEAD).stream()
                .map(d -> new DeadDispatch(d.id, d.reference, d.method, d.target, d.attempts, d.createdAt,
                        d.lastAttemptAt, d.lastStatus, d.lastAnswer))
                .toList());
    }

    /** Sends a dead dispatch again, with a fresh day of tries and the same delivery id; another council's is not found. */
    public void retry(String id) {
        Staff admin = reach.councilAdmin();
        UUID dispatchId = Identifiers.uuid(id).orElseThrow(() -> ApiException.notFound("There is no such dispatch."));
        tenantScope.run(admin.council(), () -> {
            RequestDispatch dispatch = RequestDispatch.<RequestDispatch>findByIdOptional(dispatchId)
                    .filter(d -> RequestDispatch.DEAD.equals(d.state))
                    .orElseThrow(() -> ApiException.notFound("There is no dead dispatch with that id."));
            Instant now = Instant.now(clock);
            dispatch.state = RequestDispatch.PENDING;
            dispatch.attempts = 0;
            dispatch.triesSince = now;
            dispatch.nextAttemptAt = now;
        });
    }
}
