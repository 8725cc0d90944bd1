package uk.tierless.platform;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as Tierless counts it: whole pence in a {@code long}, never a floating-point number. Reads the pounds a
 * resident types ("25", "25.5", "£1,250.00") and writes pence as pages show them ("£1,250.00"); templates write
 * {@code {fee.amount.pounds}}.
 */
@TemplateExtension
public final class Money {

    /**
     * The largest amount a typed answer may be (£99,999,999,999.99): more digits than this are not money anyone
     * pays a council, and fewer keep every sum of a few answers well inside a {@code long}.
     */
    public static final long LARGEST_ANSWER = 9_999_999_999_999L;

    /** The largest payment GOV.UK Pay takes: 10,000,000 pence, £100,000.00. */
    public static final long LARGEST_PAYMENT = 10_000_000L;

    /**
     * Pounds, with the thousands separated by commas or not at all (so "12,50" is refused, never read as 1,250),
     * and at most two decimal places; a £ in front and spaces anywhere are allowed.
     */
    private static final Pattern POUNDS = Pattern.compile("£?(\\d+|\\d{1,3}(?:,\\d{3})+)?(?:\\.(\\d{1,2}))?");
    /** The pounds of {@link #LARGEST_ANSWER}. */
    private static final int MOST_POUND_DIGITS = 11;

    private Money() {
    }

    /** What was typed, in pence; empty when it is not an amount in pounds and pence, or is over {@link #LARGEST_ANSWER}. */
    public static OptionalLong parse(String typed) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        Matcher amount = POUNDS.matcher(typed.replaceAll("\\s+", ""));
        if (!amount.matches() || amount.group(1) == null && amount.group(2) == null) {
            return OptionalLong.empty();
        }
        String pounds = amount.group(1) == null ? "0" : amount.group(1).replace(",", "").replaceFirst("^0+(?=\\d)", "");
        if (pounds.length() > MOST_POUND_DIGITS) {
            return OptionalLong.empty();
        }
        String pence = amount.group(2) == null ? "00" : (amount.group(2) + "0").substring(0, 2);
        return OptionalLong.of(Long.parseLong(pounds) * 100 + Long.parseLong(pence));
    }

    /** Whether the text has the shape of an amount but more pounds than {@link #LARGEST_ANSWER}. */
    public static boolean tooLarge(String typed) {
        if (typed == null || parse(typed).isPresent()) {
            return false;
        }
        Matcher amount = POUNDS.matcher(typed.replaceAll("\\s+", ""));
        return amount.matches() && amount.group(1) != null;
    }

    /** Pence as pages show them: a £, thousands separated by commas, two decimals ("£1,250.00", "-£3.50"). */
    public static String format(long pence) {
        String sign = pence < 0 ? "-" : "";
        long whole = Math.abs(pence / 100);
        long part = Math.abs(pence % 100);
        return sign + "£" + String.format(Locale.UK, "%,d", whole) + "." + (part < 10 ? "0" : "") + part;
    }

    /** In a template: {@code {amount.pounds}} for an amount in pence. */
    static String pounds(Long pence) {
        return pence == null ? "" : format(pence);
    }
}
