package uk.tierless.requests;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a new request goes besides Tierless (docs/integration.md): declared here, where requests are made, and
 * implemented by the {@code dispatch} package, which reads requests' views to send them, so the packages do not
 * import each other both ways.
 */
public interface Dispatching {

    /** A request just made, in the council's scope and the transaction that made it. */
    record Made(UUID requestId, String council, String reference, String service) {
    }

    /**
     * Where the request was sent and what came back: the method ({@code webhook}, {@code email}), the address,
     * {@code pending}, {@code delivered} or {@code dead}, the tries, the last answer's status and words (never a secret).
     */
    record Sent(String method, String target, String state, int attempts, Instant queuedAt, Instant lastAttemptAt,
                Integer lastStatus, String lastAnswer, Instant deliveredAt, String externalId) {
    }

    /**
     * Writes what the request's service sends, in the same transaction as the request (so it is sent exactly when the
     * request exists), and answers whether the council's work queue lists the request.
     */
    boolean made(Made request);

    /** What was sent for a request, if anything: runs in the request's council's scope. */
    Optional<Sent> of(UUID requestId);
}
