package uk.tierless.appointments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * An appointment as an iCalendar file (RFC 5545): one event, times in UTC, lines ending CRLF and folded at 75
 * octets. The UID is the request's, so a calendar that imported the first file updates the same event when the
 * appointment moves (SEQUENCE grows with each move) and removes it when it is cancelled (METHOD:CANCEL).
 */
final class AppointmentCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private AppointmentCalendar() {
    }

    static String ics(UUID requestId, String reference, String councilName, AppointmentView appointment, int sequence,
                      Instant now) {
        boolean cancelled = AppointmentBooking.CANCELLED.equals(appointment.state());
        StringBuilder file = new StringBuilder();
        line(file, "BEGIN:VCALENDAR");
        line(file, "VERSION:2.0");
        line(file, "PRODID:-//Tierless//Appointments//EN");
        line(file, "CALSCALE:GREGORIAN");
        line(file, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
        line(file, "BEGIN:VEVENT");
        line(file, "UID:" + requestId + "@appointments.tierless");
        line(file, "SEQUENCE:" + sequence);
        line(file, "DTSTAMP:" + UTC.format(now));
        line(file, "DTSTART:" + UTC.format(appointment.start()));
        line(file, "DTEND:" + UTC.format(appointment.end()));
        line(file, "SUMMARY:" + text("Register a birth at " + appointment.office().name()));
        line(file, "LOCATION:" + text(appointment.office().name() + ", " + appointment.office().address()));
        line(file, "DESCRIPTION:" + text("Your appointment with " + councilName + " to register a birth, reference "
                + reference + ". To change or cancel it, use the tracking link in the email we sent you."));
        line(file, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(file, "END:VEVENT");
        line(file, "END:VCALENDAR");
        return file.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** One content line, folded so that no line is longer than 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder file, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                file.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            file.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        file.append("\r\n");
    }
}
