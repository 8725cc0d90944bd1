package uk.tierless.payments;

/**
 * What another feature asks to be paid: the council taking the money, amount in pence (> 0), the reference the
 * resident and the council know it by (e.g. the request reference WCC-2612-0042), a description for the card page
 * and the provider ("Copy certificate: 2 copies, standard"), the resident's email (may be null), an idempotency key
 * (the same key again answers with the first payment, never a second charge), the purpose (which feature listens
 * for it: "request"), and continuePath: the portal path the resident's browser is sent to once the return page has
 * read the final state (e.g. "/paid?payment=" + id is built by payments itself: see PaymentView.returnUrl), and
 * the service it pays for (its code, e.g. copy-certificate), by which reconciliation counts.
 */
public record PaymentOrder(String council, long amount, String reference, String description, String email,
                           String idempotencyKey, String purpose, String continuePath, String service) {
}
