package uk.tierless.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Pounds as residents type them, read as whole pence by parsing the text, and pence written as pages show them. */
class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "25|2500", "25.00|2500", "£25.50|2550", "1,250.00|125000", "0.5|50", "0.05|5", ".50|50", "£0.01|1",
            "' £ 1 250 . 5 '|125050", "007|700", "12,345,678|1234567800", "99999999999.99|9999999999999", "0|0"})
    void poundsAreReadAsWholePence(String typed, long pence) {
        assertThat(Money.parse(typed)).isEqualTo(OptionalLong.of(pence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "£", ".", "1.", "1.005", "-1", "+1", "1e3", "12,50", "1,2345", ",100", "£-5", "five",
            "25p", "£25£", "0x10", "1.2.3", "100000000000", "99999999999999999999999999"})
    void anythingElseIsNotAnAmount(String typed) {
        assertThat(Money.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100000000000|true", "£1,000,000,000,000.00|true", "99999999999|false",
            "1.005|false", "-1|false"})
    void anAmountWithTooManyPoundsIsToldApart(String typed, boolean tooLarge) {
        assertThat(Money.tooLarge(typed)).isEqualTo(tooLarge);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|£0.00", "1|£0.01", "50|£0.50", "1250|£12.50", "500000|£5,000.00",
            "123456789|£1,234,567.89", "-350|-£3.50", "9223372036854775807|£92,233,720,368,547,758.07"})
    void penceAreWrittenInPoundsWithTwoDecimals(long pence, String written) {
        assertThat(Money.format(pence)).isEqualTo(written);
    }
}
