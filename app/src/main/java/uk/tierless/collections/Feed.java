package uk.tierless.collections;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An address's next collections as an iCalendar feed (RFC 5545) that calendar apps subscribe to: one all-day event
 * per bin per day, each with a UID that stays the same from one fetch to the next (the address, bin and usual day),
 * and a refresh interval of a day (RFC 7986's REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL).
 */
final class Feed {

    static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LONGEST_LINE = 75;

    private final StringBuilder text = new StringBuilder();

    private Feed() {
    }

    static String of(BinDays.Upcoming upcoming, Instant now) {
        Feed feed = new Feed();
        feed.line("BEGIN:VCALENDAR");
        feed.line("VERSION:2.0");
        feed.line("PRODID:-//Tierless//Bin days//EN");
        feed.line("CALSCALE:GREGORIAN");
        feed.line("METHOD:PUBLISH");
        feed.line("X-WR-CALNAME:" + escape("Bin days: " + upcoming.address()));
        feed.line("NAME:" + escape("Bin days: " + upcoming.address()));
        feed.line("REFRESH-INTERVAL;VALUE=DURATION:P1D");
        feed.line("X-PUBLISHED-TTL:P1D");
        for (Schedule.Collection collection : upcoming.collections()) {
            LocalDate usual = collection.changed() ? collection.usualDate() : collection.date();
            feed.line("BEGIN:VEVENT");
            feed.line("UID:" + upcoming.uprn() + "-" + collection.bin().code() + "-" + DATE.format(usual) + "@bin-days.tierless");
            feed.line("DTSTAMP:" + STAMP.format(now));
            feed.line("DTSTART;VALUE=DATE:" + DATE.format(collection.date()));
            feed.line("DTEND;VALUE=DATE:" + DATE.format(collection.date().plusDays(1)));
            feed.line("SUMMARY:" + escape(collection.bin().label() + " collection" + (collection.changed() ? " (changed day)" : "")));
            feed.line("DESCRIPTION:" + escape(BinDayWords.describe(collection) + ". " + upcoming.council().name() + "."));
            feed.line("TRANSP:TRANSPARENT");
            feed.line("END:VEVENT");
        }
        feed.line("END:VCALENDAR");
        return feed.text.toString();
    }

    /** A content line, folded at 75 octets with CRLF and a space (never inside a UTF-8 character). */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LONGEST_LINE) {
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
