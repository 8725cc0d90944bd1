package uk.tierless.payments;

/**
 * Fired (CDI, synchronous, @Observes) exactly once per payment, inside the transaction that marks the payment
 * settled and in that council's TenantScope, when it finishes: succeeded true for success; false for failed,
 * cancelled, error, or expired (not finished 90 minutes after it was created: payments cancels it at the provider
 * where the provider allows). An observer that throws rolls the settling back, so the job tries again later: that
 * is how "killed between the provider's success and the request being made" ends in exactly one request.
 */
public record PaymentSettled(String paymentId, String council, String reference, String purpose, long amount,
                             boolean succeeded, PaymentState state) {
}
