package uk.tierless.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.requests.Dispatching;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * One request sent on to a council's own system, written in the transaction that made the request and sent by
 * {@link DispatchSender}. Its id is the {@code Tierless-Delivery} header, the same on every try. Tenant-owned.
 */
@Entity
@Table(name = "dispatches")
public class RequestDispatch extends TenantOwned {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String DEAD = "dead";
    /** What is kept of an answer: enough to see why, never a whole page. */
    static final int ANSWER_LIMIT = 1000;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(nullable = false, updatable = false)
    public String method;

    /** Where it goes, for people to read: the webhook's address or the inbox. */
    @Column(nullable = false, updatable = false)
    public String target;

    /** The service's setting when the request was made (names of environment variables, never secrets). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Dispatch setting;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** The receiver's HTTP status, null for no answer (a timeout, a refused connection) or an email. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_answer")
    public String lastAnswer;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When the current run of tries began: the request made, or an administrator's retry of a dead dispatch. */
    @Column(name = "tries_since", nullable = false)
    public Instant triesSince;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The back office's own id for the request, where it says one. */
    @Column(name = "external_id")
    public String externalId;

    Dispatching.Sent view() {
        return new Dispatching.Sent(method, target, state, attempts, createdAt, lastAttemptAt, lastStatus, lastAnswer,
                deliveredAt, externalId);
    }

    void answered(Integer status, String answer) {
        lastStatus = status;
        lastAnswer = answer == null || answer.length() <= ANSWER_LIMIT ? answer : answer.substring(0, ANSWER_LIMIT);
    }
}
