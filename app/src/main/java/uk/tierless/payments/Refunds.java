package uk.tierless.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.audit.AuditLog;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refunds, in full or in part, by the payment council's staff who may (docs/payments.md, Refunds). The payment's row
 * is locked while the provider refunds, so two refunds at once cannot together pass what was paid; each refund is
 * audited in the same transaction.
 */
@ApplicationScoped
class Refunds {

    static final int REASON_LIMIT = 500;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Providers providers;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<PaymentRefunded> refundedEvent;

    /** What a refund answers: its id, the pence refunded and the provider's status. */
    record RefundView(String id, long amount, String status) {
    }

    /**
     * A refund of {@code amount} pence for {@code reason}, by the council's staff: a 400 naming {@code amount} or
     * {@code reason} when either is missing or wrong, or the amount is more than is left to refund.
     */
    RefundView refund(String council, String paymentId, Long amount, String reason, Staff staff) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        if (amount == null || amount <= 0) {
            problems.add(new ApiError.FieldError("amount", "must be a whole number of pence above 0"));
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            problems.add(new ApiError.FieldError("reason", "is missing: say why the money goes back"));
        } else if (why.length() > REASON_LIMIT) {
            problems.add(new ApiError.FieldError("reason", "must be " + REASON_LIMIT + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("The refund cannot be made as asked.", problems);
        }
        return refundChecked(council, paymentId, amount, why, staff);
    }

    private RefundView refundChecked(String council, String paymentId, long amount, String reason, Staff staff) {
        return tenantScope.call(council, () -> {
            Payment payment = entityManager.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
            if (payment.state != PaymentState.SUCCESS) {
                throw ApiException.conflict("Only a payment that succeeded can be refunded; this one is "
                        + payment.state.value() + ".");
            }
            long left = payment.amount - refunded(paymentId);
            if (amount > left) {
                throw ApiException.invalid("That is more than is left to refund.", List.of(new ApiError.FieldError("amount",
                        "must be at most " + left + " (pence left to refund of " + payment.amount + ")")));
            }
            PaymentProvider.Refund made = providers.named(payment.provider)
                    .refund(council, payment.providerId, amount, left);
            PaymentRefund refund = new PaymentRefund();
            refund.paymentId = paymentId;
            refund.amount = amount;
            refund.reason = reason;
            refund.status = made.status();
            refund.providerRefundId = made.refundId();
            refund.actor = staff.username();
            refund.createdAt = Instant.now(clock);
            refund.persist();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("amount", amount);
            after.put("reason", reason);
            after.put("status", made.status());
            after.put("left", left - amount);
            auditLog.record(council, staff.username(), "payment.refunded", "Refunded " + amount + "p of payment "
                    + payment.reference, "payment:" + paymentId, null, after);
            if (!PaymentRefund.ERROR.equals(made.status())) {
                refundedEvent.fire(new PaymentRefunded(paymentId, council, payment.reference, payment.purpose, amount,
                        reason, staff.username()));
            }
            return new RefundView(refund.id.toString(), amount, made.status());
        });
    }

    /** Pence refunded so far, in the payment council's scope: every refund the provider has not failed. */
    long refunded(String paymentId) {
        Long sum = entityManager.createQuery("select coalesce(sum(r.amount), 0) from PaymentRefund r"
                        + " where r.paymentId = :payment and r.status <> :error", Long.class)
                .setParameter("payment", paymentId).setParameter("error", PaymentRefund.ERROR).getSingleResult();
        return sum;
    }
}
