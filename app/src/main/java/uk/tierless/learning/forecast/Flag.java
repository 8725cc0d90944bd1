package uk.tierless.learning.forecast;

/** How a course's expected demand stands against the places planned for it next term. */
public enum Flag {
    /** More expected than there are places: a waiting list, or a class to add. */
    OVERFILL("overfill", "Likely to overfill"),
    /** Fewer expected than 60% of the places: a class to merge or cancel, or a teacher to free. */
    UNDERFILL("underfill", "Likely to underfill"),
    OK("ok", "About right");

    private final String code;
    private final String label;

    Flag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** What the API says ("overfill"). */
    public String code() {
        return code;
    }

    /** What the page says. */
    public String label() {
        return label;
    }

    /** Overfill above capacity, underfill below 60% of it (in whole numbers: 5 x expected < 3 x capacity), else ok. */
    public static Flag of(int expected, int capacity) {
        if (expected > capacity) {
            return OVERFILL;
        }
        if (5L * expected < 3L * capacity) {
            return UNDERFILL;
        }
        return OK;
    }
}
