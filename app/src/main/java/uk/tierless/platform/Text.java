package uk.tierless.platform;

/** Small rules for text that people type, shared so that every feature reads a blank box the same way. */
public final class Text {

    private Text() {
    }

    /** What was typed, trimmed; nothing (null) for a box left empty or holding only spaces. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
