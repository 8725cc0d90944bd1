package uk.tierless.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void penceReadAsPoundsAndNothingAsNothing() {
        assertThat(Money.pounds(123456L)).isEqualTo("£1,234.56");
        assertThat(Money.pounds(283L)).isEqualTo("£2.83");
        assertThat(Money.pounds(0L)).isEqualTo("£0.00");
        assertThat(Money.pounds(null)).isEmpty();
    }
}
