package uk.tierless.tenancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** WCAG's contrast of white text on a brand colour, and what a refusal says. */
class BrandColourTest {

    @Test
    void theRatioIsWcags() {
        assertThat(BrandColour.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.001));
        assertThat(BrandColour.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.001));
        // GOV.UK's blue and the grey at the edge of AA, as published contrast checkers give them.
        assertThat(BrandColour.contrastWithWhite("#1d70b8")).isCloseTo(5.17, within(0.01));
        assertThat(BrandColour.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void aColourWhiteTextCannotBeReadOnIsRefusedWithItsRatio() {
        assertThat(BrandColour.problem("#ffdd00"))
                .contains("White text on #ffdd00 has a contrast ratio of 1.3:1; it needs at least 4.5:1");
        // Just short of the minimum never reads as meeting it: 4.48 is 4.4, not 4.5.
        assertThat(BrandColour.problem("#777777"))
                .contains("White text on #777777 has a contrast ratio of 4.4:1; it needs at least 4.5:1");
        assertThat(BrandColour.problem("#767676")).isEmpty();
        assertThat(BrandColour.problem("#1D70B8")).isEmpty();
    }

    @Test
    void aColourThatIsNotOneSaysWhatToWrite() {
        assertThat(BrandColour.problem(null)).contains("Enter a brand colour, such as #1d4f91");
        assertThat(BrandColour.problem("blue")).contains("Enter the brand colour as # and six hexadecimal digits, such as #1d4f91");
        assertThat(BrandColour.problem("#12345")).isPresent();
    }
}
