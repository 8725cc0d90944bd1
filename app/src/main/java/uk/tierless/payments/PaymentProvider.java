package uk.tierless.payments;

import java.time.Instant;
import java.util.List;

/**
 * A card payment provider, in the shape of GOV.UK Pay's API (docs/payments.md): create a payment and send the
 * resident to its next URL, read its state, refund it in full or in part, list its events, cancel it. Amounts are
 * pence. A provider that cannot be reached, or answers with a fault, throws {@link ProviderFailure}'s ApiException
 * (503 or 502), so the caller sees the API's error shape and nothing is half-written.
 */
public interface PaymentProvider {

    /** The provider's name as the payments table keeps it: {@code govuk-pay} or {@code sandbox}. */
    String name();

    /**
     * Creates the payment in the council's account. The same {@code idempotencyKey} again answers with the payment
     * it first made (GOV.UK Pay's Idempotency-Key header), so a retry never charges twice.
     */
    Remote create(String council, Creation payment, String idempotencyKey);

    /** The payment's state now. */
    Remote status(String council, String providerId);

    /**
     * Refunds {@code amount} pence; {@code amountAvailable} is what Tierless believes is still refundable, which GOV.UK
     * Pay checks against its own figure so that two refunds at once cannot both pass.
     */
    Refund refund(String council, String providerId, long amount, long amountAvailable);

    /** The payment's state changes, oldest first. */
    List<Event> events(String council, String providerId);

    /** Cancels a payment not yet finished; false where the provider no longer allows it. */
    boolean cancel(String council, String providerId);

    /** What the provider is asked to take: Pay's amount, reference, description, return_url and email. */
    record Creation(long amount, String reference, String description, String returnUrl, String email) {
    }

    /** A payment as the provider has it: Pay's payment_id, state.status, _links.next_url.href (null once finished). */
    record Remote(String providerId, PaymentState state, String nextUrl) {
    }

    /** A refund as the provider has it: Pay's refund_id, amount and status (submitted, success or error). */
    record Refund(String refundId, long amount, String status) {
    }

    /** One of Pay's payment events: the state it moved to, and when. */
    record Event(PaymentState state, Instant updated) {
    }
}
