package uk.tierless.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import java.util.ArrayList;
import java.util.List;

/** Which page of a list a client asks for: {@code ?page=1&size=20}, pages counted from 1, at most 100 a page. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The query parameters as sent, checked here so that a mistake gets a message a person understands. */
    public static class Params {

        @QueryParam("page")
        @DefaultValue("1")
        String page;

        @QueryParam("size")
        @DefaultValue("" + DEFAULT_SIZE)
        String size;

        public PageRequest toRequest() {
            List<ApiError.FieldError> errors = new ArrayList<>();
            int pageNumber = wholeNumber("page", page, 1, Integer.MAX_VALUE, errors);
            int pageSize = wholeNumber("size", size, 1, MAX_SIZE, errors);
            if (!errors.isEmpty()) {
                throw ApiException.invalid("The paging parameters are not valid.", errors);
            }
            return new PageRequest(pageNumber, pageSize);
        }

        private static int wholeNumber(String field, String value, int min, int max, List<ApiError.FieldError> errors) {
            String range = max == Integer.MAX_VALUE ? "a whole number from " + min : "a whole number from " + min + " to " + max;
            try {
                int number = Integer.parseInt(value.trim());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            errors.add(new ApiError.FieldError(field, field + " must be " + range));
            return min;
        }
    }
}
