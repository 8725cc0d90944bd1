package uk.tierless.payments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whose payment an id is: shared (the id names no council), holding nothing else about the payment. */
@Entity
@Table(name = "payment_councils")
public class PaymentCouncil extends PanacheEntityBase {

    @Id
    @Column(name = "payment_id")
    public String paymentId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
}
