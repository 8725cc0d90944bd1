package uk.tierless.gazetteer;

import uk.tierless.imports.ColumnType;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its two forms: compact ({@code B797AH}, the database key) and display ({@code B79 7AH}).
 * Any case and spacing is accepted; the shape is checked (outward code, then a digit and two letters).
 */
public record Postcode(String compact, String display) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})|GIR0AA");

    /** A postcode column of an imported file. */
    static final ColumnType<Postcode> COLUMN = new ColumnType<>("a UK postcode", text -> parse(text).orElse(null));

    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(compact, compact.substring(0, compact.length() - 3) + " "
                + compact.substring(compact.length() - 3)));
    }
}
