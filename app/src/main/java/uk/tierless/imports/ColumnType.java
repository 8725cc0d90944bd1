package uk.tierless.imports;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The form a column's values must have. A value not of that form means the file is not what it claims to be (or is
 * damaged), so it fails the whole import, naming where the value is; a value of the right form that Tierless cannot
 * use is the importer's to reject by line.
 */
public final class ColumnType<T> {

    private static final Pattern NUMBER_SHAPE = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final int LONGEST_VALUE_SHOWN = 40;

    public static final ColumnType<Double> NUMBER = new ColumnType<>("a number", ColumnType::number);
    public static final ColumnType<Integer> WHOLE_NUMBER = new ColumnType<>("a whole number", ColumnType::wholeNumber);
    public static final ColumnType<String> GSS_CODE = matching("a GSS code (E, W, S or N and eight digits, such as E07000199)",
            "[EWSN]\\d{8}");
    public static final ColumnType<String> YEAR_MONTH = matching("a year and month as yyyymm (such as 202611)",
            "(19|20)\\d\\d(0[1-9]|1[0-2])");
    public static final ColumnType<Long> UPRN = new ColumnType<>("a UPRN (1 to 12 digits, not starting with 0)",
            text -> text.matches("[1-9]\\d{0,11}") ? Long.valueOf(text) : null);

    private final String description;
    private final Function<String, T> parser;

    /** @param parser the value in this type, or null when the text is not of this form */
    public ColumnType(String description, Function<String, T> parser) {
        this.description = description;
        this.parser = parser;
    }

    public static ColumnType<String> matching(String description, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new ColumnType<>(description, text -> pattern.matcher(text).matches() ? text : null);
    }

    public String description() {
        return description;
    }

    /**
     * The value in this type.
     * @param where where the value is, for the message ({@code Line 5, column oseast1m})
     * @throws ImportFailedException when the value is not of this form
     */
    public T parse(String value, String where) {
        T parsed = parser.apply(value);
        if (parsed == null) {
            String shown = value.length() > LONGEST_VALUE_SHOWN ? value.substring(0, LONGEST_VALUE_SHOWN) + "…" : value;
            throw new ImportFailedException(where + ": \"" + shown + "\" is not " + description + ".");
        }
        return parsed;
    }

    private static Double number(String text) {
        if (!NUMBER_SHAPE.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    private static Integer wholeNumber(String text) {
        Double value = number(text);
        boolean whole = value != null && value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
        return whole ? value.intValue() : null;
    }
}
