package uk.tierless.gazetteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeTest {

    @Test
    void anyCaseAndSpacingIsTheSamePostcode() {
        assertThat(Postcode.parse(" b797ah ")).contains(new Postcode("B797AH", "B79 7AH"));
        assertThat(Postcode.parse("B79   7AH")).contains(new Postcode("B797AH", "B79 7AH"));
        assertThat(Postcode.parse("ws13 6yy")).contains(new Postcode("WS136YY", "WS13 6YY"));
        assertThat(Postcode.parse("EC1A 1BB")).contains(new Postcode("EC1A1BB", "EC1A 1BB"));
    }

    @Test
    void aWrongShapeIsNotAPostcode() {
        assertThat(Postcode.parse("XYZ 123")).isEmpty();
        assertThat(Postcode.parse("B79")).isEmpty();
        assertThat(Postcode.parse("")).isEmpty();
        assertThat(Postcode.parse(null)).isEmpty();
        assertThat(Postcode.parse("B79 7A1")).isEmpty();
    }
}
