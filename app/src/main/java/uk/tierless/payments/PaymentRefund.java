package uk.tierless.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;

/** A refund of a payment, in part or in full, as the provider took it (tenant-owned). */
@Entity
@Table(name = "payment_refunds")
public class PaymentRefund extends TenantOwned {

    static final String ERROR = "error";

    @Column(name = "payment_id", nullable = false, updatable = false)
    public String paymentId;

    /** Pence. */
    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(nullable = false, updatable = false)
    public String reason;

    /** The provider's: submitted, success or error. */
    @Column(nullable = false)
    public String status;

    @Column(name = "provider_refund_id", nullable = false, updatable = false)
    public String providerRefundId;

    /** Who refunded it: the member of staff's username. */
    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
