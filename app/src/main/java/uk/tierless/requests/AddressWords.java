package uk.tierless.requests;

import uk.tierless.api.ApiError;
import uk.tierless.platform.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An address in words, for a resident whose address the gazetteer does not list: the building and street (required)
 * and the town. The postcode it is at is given beside it, and routes the request.
 */
public record AddressWords(String line1, String town) {

    public static final String LINE1 = "address.line1";
    public static final String TOWN = "address.town";

    /** The words on one line, as the request keeps and shows them: "12 New Road, Tamworth"; null when none. */
    public String text() {
        String words = Stream.of(line1, town).map(Text::blankToNull).filter(Objects::nonNull).map(String::trim)
                .collect(Collectors.joining(", "));
        return words.isEmpty() ? null : words;
    }

    /** What is wrong with these words as an address (nothing when they will do). */
    public List<ApiError.FieldError> errors() {
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (Text.blankToNull(line1) == null) {
            errors.add(new ApiError.FieldError(LINE1, "Enter the building and street"));
        } else if (line1.trim().length() > 200) {
            errors.add(new ApiError.FieldError(LINE1, "Building and street must be 200 characters or fewer"));
        }
        if (town != null && town.trim().length() > 100) {
            errors.add(new ApiError.FieldError(TOWN, "Town or city must be 100 characters or fewer"));
        }
        return errors;
    }
}
