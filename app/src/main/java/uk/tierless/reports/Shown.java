package uk.tierless.reports;

import uk.tierless.platform.Money;

import java.util.Locale;

/**
 * Figures as the board's pages write them: counts with thousands separators, "fewer than 5" where the report
 * suppressed a small count, percentages with one decimal, money in pounds, and a change on an earlier period as
 * "+12 (+5.0%)" or "−3 (−2.1%)" (a real minus sign, which screen readers say).
 */
public final class Shown {

    public static final String SUPPRESSED = "fewer than 5";
    /** A figure that does not apply (a rate over nothing, overdue for a past period). */
    public static final String NONE = "–";
    private static final char MINUS = '\u2212';

    private Shown() {
    }

    /** A count; null is a suppressed one, the only reason a count is missing from a report's cells. */
    public static String count(Long value) {
        return value == null ? SUPPRESSED : String.format(Locale.UK, "%,d", value);
    }

    public static String percent(Double value) {
        return value == null ? NONE : signed(String.format(Locale.UK, "%.1f%%", value));
    }

    public static String days(Integer value) {
        return value == null ? NONE : value == 1 ? "1 day" : value + " days";
    }

    /** Pence in pounds ({@link Money}), with a real minus sign. */
    public static String pounds(Long pence) {
        return pence == null ? NONE : signed(Money.format(pence));
    }

    /** The change from {@code before} to {@code now}, with its percentage where there was something before. */
    public static String change(Long now, Long before) {
        if (now == null || before == null) {
            return NONE;
        }
        long change = now - before;
        if (change == 0) {
            return "no change";
        }
        String amount = (change > 0 ? "+" : String.valueOf(MINUS)) + String.format(Locale.UK, "%,d", Math.abs(change));
        if (before == 0) {
            return amount;
        }
        double percent = 100.0 * change / before;
        return amount + " (" + (percent > 0 ? "+" : String.valueOf(MINUS))
                + String.format(Locale.UK, "%.1f%%", Math.abs(percent)) + ")";
    }

    /** The change in a percentage, in percentage points. */
    public static String pointsChange(Double now, Double before) {
        if (now == null || before == null) {
            return NONE;
        }
        double change = Math.round((now - before) * 10) / 10.0;
        if (change == 0) {
            return "no change";
        }
        return (change > 0 ? "+" : String.valueOf(MINUS)) + String.format(Locale.UK, "%.1f", Math.abs(change))
                + " points";
    }

    private static String signed(String text) {
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }
}
