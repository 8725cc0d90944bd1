package uk.tierless.payments;

/** A payment as other features see it (never the entity). nextUrl: where the resident pays (the provider's page). */
public record PaymentView(String id, String council, String reference, long amount, PaymentState state,
                          String nextUrl, String purpose, String description) {
}
