package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays in
 * {@code calendar/bank-holidays-england-and-wales.txt}. A request's target of N working days ends at the close of
 * the Nth working day after the day it arrived (a request on Friday with a target of 1 is due by Monday night).
 */
@ApplicationScoped
public class WorkingDays {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String HOLIDAYS = "/calendar/bank-holidays-england-and-wales.txt";

    private final Set<LocalDate> holidays = load();

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The moment a request that arrived at {@code from} is overdue, with a target of {@code days} working days. */
    public Instant due(Instant from, int days) {
        LocalDate day = dayOf(from);
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /**
     * The working days from the day a request arrived to the day it closed: those after the first day up to and
     * including the last (closed the same day, or over a weekend, is 0). The board's days to close.
     */
    public int between(Instant from, Instant to) {
        LocalDate last = dayOf(to);
        int counted = 0;
        for (LocalDate day = dayOf(from).plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            counted += isWorkingDay(day) ? 1 : 0;
        }
        return counted;
    }

    /** The day in London an instant falls on. */
    public static LocalDate dayOf(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }

    private static Set<LocalDate> load() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(HOLIDAYS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(LocalDate::parse).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
