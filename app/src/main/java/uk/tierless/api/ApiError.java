package uk.tierless.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The one error shape of the API: {@code {error, message, details}}. {@code error} is a stable code for scripts,
 * {@code message} a sentence for people, {@code details} only where named fields are at fault. Two errors add a
 * list: {@code address_needed} names the {@code addresses} to choose from, {@code invalid_transition} the
 * {@code allowed} next statuses, {@code slot_taken} the free {@code alternatives}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<FieldError> details, List<?> addresses, List<String> allowed,
                       List<?> alternatives) {

    public ApiError(String error, String message, List<FieldError> details) {
        this(error, message, details, List.of(), List.of(), List.of());
    }

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
