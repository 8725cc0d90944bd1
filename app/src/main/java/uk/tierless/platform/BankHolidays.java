package uk.tierless.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bank holidays of England and Wales, from {@code calendar/bank-holidays-england-and-wales.txt} (GOV.UK's list):
 * the days a request's target does not count, and the days a register office opens no appointments.
 */
@ApplicationScoped
public class BankHolidays {

    static final String HOLIDAYS = "/calendar/bank-holidays-england-and-wales.txt";

    private final Set<LocalDate> holidays = load();

    public boolean isBankHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /** Monday to Friday, and not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    private static Set<LocalDate> load() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(HOLIDAYS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(LocalDate::parse).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
