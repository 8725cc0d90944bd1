package uk.tierless.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A checked submission to a paid service, kept while the resident pays (changeset 2026-12-04-30). Tenant-owned. It
 * holds the reference and tracking link reserved for the request, and {@code making}, the request to make once paid:
 * dropped (it holds the resident's personal data) as soon as the payment has settled either way.
 */
@Entity
@Table(name = "paid_submissions")
public class PaidSubmission extends TenantOwned {

    static final String AWAITING_PAYMENT = "awaiting_payment";
    static final String PAID = "paid";
    static final String NOT_PAID = "not_paid";

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "service_code", nullable = false, updatable = false)
    public String serviceCode;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "track_token", nullable = false, updatable = false)
    public String trackToken;

    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(name = "payment_id")
    public String paymentId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Making making;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "settled_at")
    public Instant settledAt;
}
