package uk.tierless.open311;

import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The {@code start_date} and {@code end_date} of a GeoReport v2 read: W3C date-times ({@code 2026-11-23T18:40:00Z},
 * with an offset, or a bare date for midnight UTC), at most 90 days apart; by default the last 90 days, and a window with one end given stretches 90
 * days from it.
 */
record DateWindow(Instant from, Instant to) {

    static final Duration LONGEST = Duration.ofDays(90);

    static DateWindow of(String start, String end, Instant now) {
        Instant from = time("start_date", start);
        Instant to = time("end_date", end);
        if (from == null && to == null) {
            return new DateWindow(now.minus(LONGEST), now);
        }
        if (from == null) {
            return new DateWindow(to.minus(LONGEST), to);
        }
        if (to == null) {
            return new DateWindow(from, from.plus(LONGEST));
        }
        if (to.isBefore(from)) {
            throw refused("end_date", "end_date must not be before start_date.");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw refused("end_date", "start_date and end_date must be at most 90 days apart.");
        }
        return new DateWindow(from, to);
    }

    static Instant time(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // W3C date-times include a bare date: midnight UTC.
            Instant instant = value.trim().length() == 10 ? LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value.trim()).toInstant();
            // Postgres keeps years 4713 BC to 294276 AD; no request is outside these.
            if (instant.isBefore(Instant.parse("1970-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("3000-01-01T00:00:00Z"))) {
                throw refused(parameter, parameter + " must be between 1970 and 2999.");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw refused(parameter, parameter + " must be a date and time such as 2026-11-23T18:40:00Z.");
        }
    }

    static ApiException refused(String parameter, String message) {
        return ApiException.invalid(message, List.of(new ApiError.FieldError(parameter, message)));
    }
}
