package uk.tierless.notifications;

/**
 * A file sent with an email: an appointment's calendar file ({@code text/calendar}). Text messages carry none.
 * {@code content} is text, sent as UTF-8.
 */
public record Attachment(String filename, String contentType, String content) {
}
