package uk.tierless.reports;

import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The period chooser of the board's pages, a GET form: {@code period} names a month ({@code 2026-07}), a quarter
 * ({@code 2026-Q3}) or a financial year ({@code FY2026}, April 2026 to March 2027) from a list of recent ones, or
 * {@code from} and {@code to} give any dates; with neither, last quarter.
 *
 * @param chosen the list's value that is this period, or null for dates typed in
 */
public record PeriodChoice(ReportPeriod period, String chosen, List<Group> groups) {

    public record Group(String label, List<Option> options) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    static final int QUARTERS = 8;
    static final int MONTHS = 13;
    static final int YEARS = 5;
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2999;
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("FY(\\d{4})");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    /** The period asked for, or a 400 whose details name the field at fault ({@code period}, {@code from}, {@code to}). */
    public static PeriodChoice of(String period, String from, String to, LocalDate today) {
        if (present(from) || present(to)) {
            return new PeriodChoice(withinYears(ReportPeriod.parse(from, to), "to"), null, groups(null, today));
        }
        String value = present(period) ? period.trim() : quarterValue(ReportPeriod.lastQuarter(today).from());
        return new PeriodChoice(withinYears(listed(value), "period"), value, groups(value, today));
    }

    /** Days no report can hold (year 1 or 10000, which no page or file can write either) are refused, not tried. */
    private static ReportPeriod withinYears(ReportPeriod period, String field) {
        if (period.from().getYear() < FIRST_YEAR || period.to().getYear() > LAST_YEAR) {
            throw ApiException.invalid("The report's period is not valid.", List.of(new ApiError.FieldError(field,
                    "A report covers days from " + FIRST_YEAR + " to " + LAST_YEAR)));
        }
        return period;
    }

    /** The query that asks for this period again, for links that keep it (sorting, CSV, the pack). */
    public String query() {
        return chosen != null ? "period=" + chosen : "from=" + period.from() + "&to=" + period.to();
    }

    private static ReportPeriod listed(String value) {
        try {
            Matcher quarter = QUARTER.matcher(value);
            if (quarter.matches()) {
                int first = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
                return ReportPeriod.quarterOf(LocalDate.of(Integer.parseInt(quarter.group(1)), first, 1));
            }
            Matcher month = MONTH.matcher(value);
            if (month.matches()) {
                return ReportPeriod.month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
            }
            Matcher year = YEAR.matcher(value);
            if (year.matches()) {
                return ReportPeriod.financialYearOf(LocalDate.of(Integer.parseInt(year.group(1)), 4, 1));
            }
        } catch (java.time.DateTimeException e) {
            // a month 13 and the like: refused below, as anything else not in the list
        }
        throw ApiException.invalid("The report's period is not valid.", List.of(new ApiError.FieldError("period",
                "Choose a month, a quarter or a financial year from the list, or enter dates")));
    }

    private static List<Group> groups(String chosen, LocalDate today) {
        List<Option> quarters = new ArrayList<>();
        for (ReportPeriod quarter = ReportPeriod.quarterOf(today); quarters.size() < QUARTERS;
             quarter = quarter.previous()) {
            quarters.add(option(quarterValue(quarter.from()), chosen));
        }
        List<Option> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(today); months.size() < MONTHS; month = month.minusMonths(1)) {
            months.add(option(month.toString(), chosen));
        }
        List<Option> years = new ArrayList<>();
        for (ReportPeriod year = ReportPeriod.financialYearOf(today); years.size() < YEARS;
             year = ReportPeriod.financialYearOf(year.from().minusDays(1))) {
            years.add(option("FY" + year.from().getYear(), chosen));
        }
        // A period older than the lists (from a link) is added to its list, so that it shows as the one chosen.
        if (chosen != null && Stream.of(quarters, months, years).flatMap(List::stream).noneMatch(Option::selected)) {
            (QUARTER.matcher(chosen).matches() ? quarters : MONTH.matcher(chosen).matches() ? months : years)
                    .add(option(chosen, chosen));
        }
        return List.of(new Group("Quarters", quarters), new Group("Months", months),
                new Group("Financial years (April to March)", years));
    }

    /** "July to September 2026", "July 2026", "April 2026 to March 2027". */
    private static Option option(String value, String chosen) {
        ReportPeriod period = listed(value);
        String label = MONTH.matcher(value).matches() ? MONTH_NAME.format(period.from())
                : (QUARTER.matcher(value).matches() ? MONTH_ONLY : MONTH_NAME).format(period.from()) + " to "
                + MONTH_NAME.format(period.to());
        return new Option(value, label, value.equals(chosen));
    }

    private static String quarterValue(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
