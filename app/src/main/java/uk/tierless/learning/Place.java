package uk.tierless.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * A request's place in a class (changeset 2026-12-05-20): registered, waiting (in queue_number order), offered (a
 * freed place held until offered_until) or cancelled. Registered and offered places count against capacity. The
 * payment columns (changeset 2026-12-06-10) are {@link PlacePayments}'.
 */
@Entity
@Table(name = "places")
public class Place extends TenantOwned {

    static final String REGISTERED = "registered";
    static final String WAITING = "waiting";
    static final String OFFERED = "offered";
    static final String CANCELLED = "cancelled";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    public CourseClass courseClass;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String state;

    @Column(name = "queue_number", nullable = false)
    public int queueNumber;

    @Column(name = "offered_until")
    public Instant offeredUntil;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The learner takes the concession fee (their answer to the form's "concession"). */
    @Column(nullable = false)
    public boolean concession;

    /** The idempotency key of the payment started when the learner accepted an offer; null once it failed. */
    @Column(name = "payment_key")
    public String paymentKey;

    @Column(name = "payment_id")
    public String paymentId;

    /** When the payment for the place succeeded; null while it is pending, or when nothing was paid. */
    @Column(name = "paid_at")
    public Instant paidAt;

    /** Paid for but not held: the refunds job gives the money back, then forgets the payment. */
    @Column(name = "refund_due", nullable = false)
    public boolean refundDue;

    /** A payment was started for the place and has not settled: the offer waits for it. */
    boolean awaitsPayment() {
        return paymentId != null && paidAt == null;
    }

    boolean takesAPlace() {
        return REGISTERED.equals(state) || OFFERED.equals(state);
    }
}
