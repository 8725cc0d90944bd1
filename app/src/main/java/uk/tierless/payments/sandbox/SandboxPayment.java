package uk.tierless.payments.sandbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import uk.tierless.payments.PaymentState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One test payment of the sandbox provider, kept as GOV.UK Pay keeps its own (tenant-owned). No card is kept. */
@Entity
@Table(name = "sandbox_payments")
public class SandboxPayment extends PanacheEntityBase {

    @Id
    public String id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(name = "return_url", nullable = false, updatable = false)
    public String returnUrl;

    @Column(nullable = false)
    public PaymentState state;

    /** Pay's code for how a payment failed (P0010 declined, P0030 cancelled by the resident...), null otherwise. */
    public String code;

    /** Pence refunded so far. */
    @Column(nullable = false)
    public long refunded;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Moved> events;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** One of the payment's events: the state it moved to, and when. */
    public record Moved(String status, Instant updated) {
    }

    void move(PaymentState to, String failureCode, Instant at) {
        state = to;
        code = failureCode;
        updatedAt = at;
        List<Moved> moved = new ArrayList<>(events == null ? List.of() : events);
        moved.add(new Moved(to.value(), at));
        events = moved;
    }
}
