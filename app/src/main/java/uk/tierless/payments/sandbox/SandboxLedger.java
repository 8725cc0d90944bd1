package uk.tierless.payments.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.payments.PaymentState;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.util.List;

/**
 * The sandbox's own record of a council's test payments, as GOV.UK Pay's admin tool lists an account's payments and
 * refunds: what a council's reconciliation is checked against (docs/payments.md, Reconciliation).
 */
@ApplicationScoped
public class SandboxLedger {

    @Inject
    TenantScope tenantScope;

    /**
     * One test payment as the sandbox has it: its id (the provider reference), the reference it was made with, the
     * pence asked, its state, the pence refunded, and when it succeeded (null if it has not).
     */
    public record Charge(String providerId, String reference, long amount, PaymentState state, long refunded,
                         Instant succeededAt) {
    }

    /** Every test payment of the council, oldest first. */
    public List<Charge> charges(String council) {
        return tenantScope.call(council, () -> SandboxPayment.<SandboxPayment>list("order by createdAt, id").stream()
                .map(payment -> new Charge(payment.id, payment.reference, payment.amount, payment.state,
                        payment.refunded, payment.events.stream()
                        .filter(moved -> PaymentState.SUCCESS.value().equals(moved.status()))
                        .map(SandboxPayment.Moved::updated).findFirst().orElse(null)))
                .toList());
    }
}
