package uk.tierless.platform;

import java.util.Optional;
import java.util.UUID;

/** Small rules for text that people type, shared so that every feature reads a blank box the same way. */
public final class Text {

    private Text() {
    }

    /** What was typed, trimmed; nothing (null) for a box left empty or holding only spaces. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * A name on one line (a client's, a label): trimmed, 1 to {@code max} characters with no line break or other
     * control character; nothing (null) otherwise.
     */
    public static String oneLine(String value, int max) {
        String name = value == null ? "" : value.strip();
        return name.isEmpty() || name.length() > max || name.chars().anyMatch(Character::isISOControl) ? null : name;
    }

    /** The id that was sent, when it is a UUID at all: a path or form field that is not one names nothing. */
    public static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
