package uk.tierless.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A council's money over some London days, as its finance staff reconcile it with the provider's record
 * (docs/payments.md, Reconciliation): pence, taken on the day a payment succeeded, refunded on the day a refund the
 * provider accepted was made. No one's name or email: the reference and the provider's id are what finance matches.
 *
 * @param days     the days with money taken or refunded, oldest first
 * @param payments every payment taken or refunded in these days, in the order taken; {@code refunded} is what was
 *                 refunded of it in these days, so the list adds up to the totals
 */
public record Ledger(String council, LocalDate from, LocalDate to, Sums totals, List<Day> days, List<Line> payments) {

    /** Pence taken, refunded, and taken less refunded. */
    public record Sums(long taken, long refunded, long net) {

        static Sums of(long taken, long refunded) {
            return new Sums(taken, refunded, taken - refunded);
        }
    }

    public record Day(LocalDate date, long taken, long refunded, long net, List<ServiceSums> services) {
    }

    /** One service's money on a day; {@code service} is null for payments made before services were kept. */
    public record ServiceSums(String service, String serviceName, long taken, long refunded, long net) {
    }

    /** One payment; {@code providerReference} is the provider's payment id (GOV.UK Pay's payment_id). */
    public record Line(String id, String reference, String service, String providerReference, String provider,
                       PaymentState state, long amount, long refunded, Instant takenAt) {
    }
}
