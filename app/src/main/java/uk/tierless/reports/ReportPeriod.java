package uk.tierless.reports;

import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The days a report covers, both ends included (London dates): a month, a quarter, a financial year (April to
 * March) or any from/to dates up to five years; with the period before it and the same period a year earlier.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
    }

    /** from and to as the API and the pages take them (YYYY-MM-DD), or a 400 naming each one at fault. */
    public static ReportPeriod parse(String from, String to) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new ApiError.FieldError("to", "to must be the same day as from or later"));
            } else if (end.isAfter(start.plusYears(MAX_YEARS).minusDays(1))) {
                errors.add(new ApiError.FieldError("to", "A report covers " + MAX_YEARS + " years at most"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The report's dates are not valid.", errors);
        }
        return new ReportPeriod(start, end);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The calendar quarter (January to March, April to June…) that holds this day. */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate first = LocalDate.of(day.getYear(), day.getMonth().firstMonthOfQuarter(), 1);
        return new ReportPeriod(first, first.plusMonths(3).minusDays(1));
    }

    /** The quarter before the one that holds today: "last quarter". */
    public static ReportPeriod lastQuarter(LocalDate today) {
        return quarterOf(quarterOf(today).from().minusDays(1));
    }

    /** The financial year (1 April to 31 March) that holds this day. */
    public static ReportPeriod financialYearOf(LocalDate day) {
        int startYear = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        return new ReportPeriod(LocalDate.of(startYear, Month.APRIL, 1), LocalDate.of(startYear + 1, Month.MARCH, 31));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one (a whole month or quarter before a whole one). */
    public ReportPeriod previous() {
        if (wholeMonths()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            LocalDate start = from.minusMonths(months);
            return new ReportPeriod(start, from.minusDays(1));
        }
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The same days a year before. */
    public ReportPeriod yearBefore() {
        LocalDate start = from.minusYears(1);
        LocalDate end = wholeMonths() ? YearMonth.from(to.minusYears(1)).atEndOfMonth() : to.minusYears(1);
        return new ReportPeriod(start, end);
    }

    /** Whether it runs from the first of a month to the last of a month. */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /** The months it touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "1 July 2026 to 30 September 2026", for a caption. */
    public String label() {
        return DAY.format(from) + " to " + DAY.format(to);
    }

    private static LocalDate date(String field, String value, List<ApiError.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new ApiError.FieldError(field, field + " is needed, as a date like 2026-04-01"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            errors.add(new ApiError.FieldError(field, field + " must be a real date, like 2026-04-01"));
            return null;
        }
    }
}
