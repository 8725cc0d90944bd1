package uk.tierless.tenancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A council's brand colour is the background of its header, under white text, so it must let that text be read:
 * WCAG 2.2 AA asks a contrast ratio of at least 4.5:1 for text of ordinary size.
 */
public final class BrandColour {

    public static final double MINIMUM_CONTRAST = 4.5;

    private BrandColour() {
    }

    /** Why the colour cannot be a brand colour, for a person; empty when it can. */
    public static Optional<String> problem(String colour) {
        if (colour == null || colour.isBlank()) {
            return Optional.of("Enter a brand colour, such as #1d4f91");
        }
        if (!CouncilChecks.COLOUR.matcher(colour.trim()).matches()) {
            return Optional.of("Enter the brand colour as # and six hexadecimal digits, such as #1d4f91");
        }
        double ratio = contrastWithWhite(colour.trim());
        if (ratio < MINIMUM_CONTRAST) {
            return Optional.of("White text on " + normal(colour) + " has a contrast ratio of " + ratio(ratio)
                    + "; it needs at least 4.5:1");
        }
        return Optional.empty();
    }

    /** The colour as it is stored: lower case, no spaces. */
    public static String normal(String colour) {
        return colour.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** WCAG's contrast ratio of white (relative luminance 1) on this {@code #rrggbb} colour. */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.trim().substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05);
    }

    /**
     * As "4.4:1", rounded down: a colour just short of the minimum never reads as meeting it.
     */
    public static String ratio(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(1, RoundingMode.FLOOR).toPlainString() + ":1";
    }

    private static double linear(int channel) {
        double value = (channel & 0xff) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
