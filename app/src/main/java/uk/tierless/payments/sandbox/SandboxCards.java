package uk.tierless.payments.sandbox;

import uk.tierless.payments.PaymentState;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The card page's checks and GOV.UK Pay's published mock card numbers (docs/payments.md, The sandbox): one that
 * succeeds, one the bank declines, one the provider fails on. Any other number is refused: no real card is taken.
 */
final class SandboxCards {

    static final String SUCCESS = "4444333322221111";
    static final String DECLINED = "4000000000000002";
    static final String ERROR = "4000000000000119";

    /** What each mock card does: the state it leaves the payment in, and Pay's code for a failure. */
    record Outcome(PaymentState state, String code) {
    }

    private static final Map<String, Outcome> OUTCOMES = Map.of(
            SUCCESS, new Outcome(PaymentState.SUCCESS, null),
            DECLINED, new Outcome(PaymentState.FAILED, "P0010"),
            ERROR, new Outcome(PaymentState.ERROR, "P0050"));

    /** One field's problem, for the error summary and the field. */
    record Problem(String field, String message) {
    }

    /** The card as typed. */
    record Card(String cardNumber, String expiryMonth, String expiryYear, String cvc, String cardholderName) {

        String digits() {
            return cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
        }
    }

    private SandboxCards() {
    }

    /** What is wrong with the card, in the page's field order; empty when it can be charged. */
    static List<Problem> check(Card card, YearMonth now) {
        List<Problem> problems = new ArrayList<>();
        String number = card.digits();
        if (number.isEmpty()) {
            problems.add(new Problem("cardNumber", "Enter your card number"));
        } else if (!number.matches("\\d{12,19}")) {
            problems.add(new Problem("cardNumber", "Card number must be 12 to 19 digits"));
        } else if (!OUTCOMES.containsKey(number)) {
            problems.add(new Problem("cardNumber", "This is a test payment page: use one of the test card numbers shown"));
        }
        Optional<YearMonth> expiry = expiry(card.expiryMonth(), card.expiryYear());
        if (expiry.isEmpty()) {
            problems.add(new Problem("expiryMonth", "Enter the expiry date as a month (1 to 12) and a year, for example 04 and 30"));
        } else if (expiry.get().isBefore(now)) {
            problems.add(new Problem("expiryMonth", "The expiry date must be in the future"));
        }
        if (card.cvc() == null || !card.cvc().trim().matches("\\d{3,4}")) {
            problems.add(new Problem("cvc", "Enter the 3 or 4 digit card security code"));
        }
        if (card.cardholderName() == null || card.cardholderName().isBlank()) {
            problems.add(new Problem("cardholderName", "Enter the name as it appears on the card"));
        } else if (card.cardholderName().length() > 100) {
            problems.add(new Problem("cardholderName", "Name on card must be 100 characters or fewer"));
        }
        return problems;
    }

    /** What a card that passed {@link #check} does. */
    static Outcome outcome(Card card) {
        return OUTCOMES.get(card.digits());
    }

    private static Optional<YearMonth> expiry(String month, String year) {
        if (month == null || year == null || !month.trim().matches("\\d{1,2}") || !year.trim().matches("\\d{2}|\\d{4}")) {
            return Optional.empty();
        }
        int m = Integer.parseInt(month.trim());
        int y = Integer.parseInt(year.trim());
        if (m < 1 || m > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(y < 100 ? 2000 + y : y, m));
    }
}
