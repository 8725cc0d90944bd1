package uk.tierless.platform;

import java.util.regex.Pattern;

/**
 * Text from outside (an exception's message, a mail server's or GOV.UK Notify's answer) made fit for the log, which
 * must never hold a resident's details (docs/security.md, Logs).
 */
public final class LogSafe {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    /** Ten or more digits, maybe with spaces, dashes or a leading +: a phone number (UUIDs and ids have letters). */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\-]{8,}\\d");

    private LogSafe() {
    }

    /** The text with email addresses and phone numbers blanked out. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        return NUMBER.matcher(EMAIL.matcher(text).replaceAll("[email]")).replaceAll("[number]");
    }

    /**
     * The exception's classes and stack frames, causes included, without any message: an unexpected failure's message
     * can quote SQL parameters, a request body or an address, and nothing can tell which part is safe.
     */
    public static Throwable withoutMessages(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : withoutMessages(e.getCause());
        Throwable copy = new Throwable(e.getClass().getName() + " (message not logged)", cause, false, true) {
            @Override
            public String toString() {
                return getMessage();
            }
        };
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
