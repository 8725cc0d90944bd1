package uk.tierless.payments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/**
 * One payment a council takes (tenant-owned). Its id is public and random, so it is its own key rather than a
 * uuid; the shared {@link PaymentCouncil} says whose it is.
 */
@Entity
@Table(name = "payments")
public class Payment extends PanacheEntityBase {

    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** Pence. */
    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Column(name = "continue_path", nullable = false, updatable = false)
    public String continuePath;

    /** The service it pays for (its code); null for payments made before services were kept. */
    @Column(name = "service_code", updatable = false)
    public String serviceCode;

    @Column(nullable = false)
    public PaymentState state;

    @Column(nullable = false, updatable = false)
    public String provider;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "next_url")
    public String nextUrl;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "settled_at")
    public Instant settledAt;

    PaymentView view() {
        return new PaymentView(id, tenantId, reference, amount, state, nextUrl, purpose, description);
    }
}
