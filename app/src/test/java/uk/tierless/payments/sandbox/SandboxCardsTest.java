package uk.tierless.payments.sandbox;

import org.junit.jupiter.api.Test;
import uk.tierless.payments.PaymentState;

import java.time.YearMonth;
import uk.tierless.platform.Money;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCardsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    private static SandboxCards.Card card(String number, String month, String year) {
        return new SandboxCards.Card(number, month, year, "123", "Sam Resident");
    }

    @Test
    void paysMockCardsHaveTheirOutcomes() {
        assertThat(SandboxCards.check(card("4444 3333 2222 1111", "12", "26"), NOW)).isEmpty();
        assertThat(SandboxCards.outcome(card("4444-3333-2222-1111", "1", "2030")).state()).isEqualTo(PaymentState.SUCCESS);
        assertThat(SandboxCards.outcome(card("4000000000000002", "1", "30"))).isEqualTo(
                new SandboxCards.Outcome(PaymentState.FAILED, "P0010"));
        assertThat(SandboxCards.outcome(card("4000000000000119", "1", "30")).state()).isEqualTo(PaymentState.ERROR);
    }

    @Test
    void anExpiredMonthOrAnImpossibleOneIsRefused() {
        assertThat(SandboxCards.check(card(SandboxCards.SUCCESS, "11", "26"), NOW)).extracting(SandboxCards.Problem::message)
                .containsExactly("The expiry date must be in the future");
        assertThat(SandboxCards.check(card(SandboxCards.SUCCESS, "0", "30"), NOW)).extracting(SandboxCards.Problem::field)
                .containsExactly("expiryMonth");
        assertThat(SandboxCards.check(card(SandboxCards.SUCCESS, "12", "3030x"), NOW)).extracting(SandboxCards.Problem::field)
                .containsExactly("expiryMonth");
    }

    @Test
    void penceArePoundsWithTwoDecimalsByIntegerArithmetic() {
        assertThat(Money.format(2200)).isEqualTo("£22.00");
        assertThat(Money.format(5)).isEqualTo("£0.05");
        assertThat(Money.format(123456789)).isEqualTo("£1,234,567.89");
    }
}
