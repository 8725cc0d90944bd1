package uk.tierless.notifications;

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

/** The messages that could not be sent after every try, for the council's administrators to see and send again. */
@ApplicationScoped
public class DeadLetters {

    public record DeadLetter(UUID id, String kind, String recipient, String subject, int attempts, String lastError,
                             Instant createdAt) {
    }

    @Inject
    Reach reach;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    public List<DeadLetter> list() {
        Staff admin = reach.councilAdmin();
        return tenantScope.call(admin.council(), () -> OutboxMessage.<OutboxMessage>list("status",
                Sort.descending("createdAt"), OutboxMessage.DEAD).stream()
                .map(m -> new DeadLetter(m.id, m.kind, m.recipient, m.subject, m.attempts, m.lastError, m.createdAt))
                .toList());
    }

    /** Puts a dead message back in the outbox with a fresh set of tries; another council's id is not found. */
    public void retry(String id) {
        Staff admin = reach.councilAdmin();
        UUID messageId = Identifiers.uuid(id).orElseThrow(() -> ApiException.notFound("There is no such message."));
        tenantScope.run(admin.council(), () -> {
            OutboxMessage message = OutboxMessage.<OutboxMessage>findByIdOptional(messageId)
                    .filter(m -> OutboxMessage.DEAD.equals(m.status))
                    .orElseThrow(() -> ApiException.notFound("There is no dead message with that id."));
            message.status = OutboxMessage.PENDING;
            message.attempts = 0;
            message.nextAttemptAt = Instant.now(clock);
        });
    }
}
