package uk.tierless.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Pence as people read pounds: 123456 is "£1,234.56". */
public final class Money {

    private Money() {
    }

    /** The amount in pounds and pence, or an empty string for null (a figure that is not shown). */
    public static String pounds(Long pence) {
        if (pence == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence, 2));
    }
}
