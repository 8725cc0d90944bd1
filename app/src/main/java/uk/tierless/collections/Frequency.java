package uk.tierless.collections;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a round comes: every 7 or every 14 days from its first date (never by week numbers of the year). */
public enum Frequency {
    WEEKLY("weekly", 7),
    FORTNIGHTLY("fortnightly", 14);

    private final String code;
    private final int days;

    Frequency(String code, int days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    public int days() {
        return days;
    }

    public static Optional<Frequency> fromCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(frequency -> frequency.code.equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
