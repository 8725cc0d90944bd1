package uk.tierless.payments;

/**
 * Fired (CDI, synchronous) once for each refund the provider accepted, inside the refund's transaction and the
 * council's TenantScope, so the feature the payment was for can tell the resident: how much went back, the reason
 * the council's staff gave (which the resident is told), and who made it.
 */
public record PaymentRefunded(String paymentId, String council, String reference, String purpose, long amount,
                              String reason, String by) {
}
