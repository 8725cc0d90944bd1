package uk.tierless.api;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/** A request that cannot be served, with the status, code and message the client will see. */
public class ApiException extends RuntimeException {

    private final Status status;
    private final String error;
    private final List<ApiError.FieldError> details;
    private final List<?> addresses;
    private final List<String> allowed;
    private final List<?> alternatives;

    public ApiException(Status status, String error, String message, List<ApiError.FieldError> details) {
        this(status, error, message, details, List.of(), List.of(), List.of());
    }

    private ApiException(Status status, String error, String message, List<ApiError.FieldError> details,
                         List<?> addresses, List<String> allowed, List<?> alternatives) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = List.copyOf(details);
        this.addresses = List.copyOf(addresses);
        this.allowed = List.copyOf(allowed);
        this.alternatives = List.copyOf(alternatives);
    }

    /** The place is ambiguous for this question: the client must choose one of these addresses. */
    public static ApiException addressNeeded(String message, List<?> addresses) {
        return new ApiException(Status.CONFLICT, "address_needed", message, List.of(), addresses, List.of(), List.of());
    }

    /** A request cannot move to that status from where it is: these are the statuses it can move to. */
    public static ApiException invalidTransition(String message, List<String> allowed) {
        return new ApiException(Status.CONFLICT, "invalid_transition", message, List.of(), List.of(), allowed, List.of());
    }

    /** The appointment slot chosen has no place left (another booking took it): these are free ones to choose from. */
    public static ApiException slotTaken(String message, List<?> alternatives) {
        return new ApiException(Status.CONFLICT, "slot_taken", message, List.of(), List.of(), List.of(), alternatives);
    }

    /** The change was made from a stale copy, or the thing to act on is not there to act on: nothing changed. */
    public static ApiException conflict(String message) {
        return new ApiException(Status.CONFLICT, "conflict", message, List.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND, "not_found", message, List.of());
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Status.FORBIDDEN, "forbidden", message, List.of());
    }

    public static ApiException invalid(String message, List<ApiError.FieldError> details) {
        return new ApiException(Status.BAD_REQUEST, "invalid_request", message, details);
    }

    public Status status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(error, getMessage(), details, addresses, allowed, alternatives);
    }
}
