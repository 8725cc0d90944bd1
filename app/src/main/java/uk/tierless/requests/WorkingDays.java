package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.BankHolidays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays ({@link BankHolidays}). A request's target of N working days ends at the close of
 * the Nth working day after the day it arrived (a request on Friday with a target of 1 is due by Monday night).
 */
@ApplicationScoped
public class WorkingDays {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final BankHolidays holidays;

    @Inject
    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return holidays.isWorkingDay(day);
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
}
