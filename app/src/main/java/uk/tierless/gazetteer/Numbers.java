package uk.tierless.gazetteer;

/** Lenient number parsing for the lookups' coordinates: a value that is not a number is null, for the caller to refuse. */
final class Numbers {

    private Numbers() {
    }

    static Double decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
