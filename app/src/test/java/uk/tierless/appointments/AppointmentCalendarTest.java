package uk.tierless.appointments;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics file as a calendar reads it (biweekly), and RFC 5545's lines: CRLF, folded at 75 octets, escaped text. */
class AppointmentCalendarTest {

    private static final UUID REQUEST = UUID.fromString("0b8f3f3e-8d2a-4b9e-9c57-0e5f4a1d2c3b");
    private static final OfficeView OFFICE = new OfficeView("newcastle", "Newcastle-under-Lyme Register Office",
            "Castle House, Barracks Road, Newcastle-under-Lyme ST5 1BL; ground floor – by the café", "Monday to Friday");
    private static final Instant START = Instant.parse("2026-12-08T10:30:00Z");

    @Test
    void aCalendarReadsTheEventBackWithoutAWarning() {
        String ics = AppointmentCalendar.ics(REQUEST, "SCC-2612-0042", "Staffordshire County Council",
                new AppointmentView("slot-1", START, START.plusSeconds(1800), OFFICE, "booked"), 2, Instant.parse("2026-12-01T09:00:00Z"));

        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();

        assertThat(warnings).allSatisfy(each -> assertThat(each).isEmpty());
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo(REQUEST + "@appointments.tierless");
        assertThat(event.getSequence().getValue()).isEqualTo(2);
        assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(START));
        assertThat(event.getDateEnd().getValue()).isEqualTo(Date.from(START.plusSeconds(1800)));
        assertThat(event.getLocation().getValue()).isEqualTo(OFFICE.name() + ", " + OFFICE.address());
        assertThat(event.getDescription().getValue()).contains("reference SCC-2612-0042");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancelledAppointmentIsACancelOfTheSameEvent() {
        String ics = AppointmentCalendar.ics(REQUEST, "SCC-2612-0042", "Staffordshire County Council",
                new AppointmentView("slot-1", START, START.plusSeconds(1800), OFFICE, "cancelled"), 3, START);

        ICalendar calendar = Biweekly.parse(ics).first();

        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(calendar.getEvents().get(0).getUid().getValue()).isEqualTo(REQUEST + "@appointments.tierless");
        assertThat(calendar.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(calendar.getEvents().get(0).getSequence().getValue()).isEqualTo(3);
    }

    @Test
    void everyLineEndsCrlfAndIsFoldedAtSeventyFiveOctets() {
        String ics = AppointmentCalendar.ics(REQUEST, "SCC-2612-0042", "Staffordshire County Council",
                new AppointmentView("slot-1", START, START.plusSeconds(1800), OFFICE, "booked"), 0, START);

        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("LOCATION:Newcastle-under-Lyme Register Office\\, Castle House\\, Barracks Road\\,"
                + " Newcastle-under-Lyme ST5 1BL\\; ground floor – by the café\r\n");
    }
}
