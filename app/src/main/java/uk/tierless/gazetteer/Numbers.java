package uk.tierless.gazetteer;

/** Lenient number parsing for imported files: a value that is not a number is null, for the row to be rejected. */
final class Numbers {

    private Numbers() {
    }

    static Integer integer(String text) {
        Double value = decimal(text);
        return value == null || value != Math.rint(value) ? null : value.intValue();
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
