package uk.tierless.payments;

import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The London days a reconciliation covers, both ends included: at most a year. */
record ReconciliationPeriod(LocalDate from, LocalDate to) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** from and to as the API and the page take them (YYYY-MM-DD), or a 400 naming each one at fault. */
    static ReconciliationPeriod parse(String from, String to) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new ApiError.FieldError("to", "to must be the same day as from or later"));
            } else if (end.isAfter(start.plusYears(1).minusDays(1))) {
                errors.add(new ApiError.FieldError("to", "to must be less than a year after from: ask for a year at most"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The reconciliation's dates are not valid.", errors);
        }
        return new ReconciliationPeriod(start, end);
    }

    /** The first moment of the first day, in London. */
    Instant start() {
        return from.atStartOfDay(LONDON).toInstant();
    }

    /** The first moment after the last day, in London. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    private static LocalDate day(String field, String value, List<ApiError.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new ApiError.FieldError(field, field + " is needed, as a date like 2026-12-01"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() < 2000 || day.getYear() > 2999) {
                errors.add(new ApiError.FieldError(field, field + " must be a day from the year 2000 to 2999"));
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            errors.add(new ApiError.FieldError(field, field + " must be a real date, like 2026-12-01"));
            return null;
        }
    }
}
