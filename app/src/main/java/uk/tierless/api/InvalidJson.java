package uk.tierless.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A JSON body that cannot be read, said for a person: where it breaks, or which field has the wrong type and what it
 * must be. Jackson's own messages are not passed on: they quote the input and name Java classes.
 */
final class InvalidJson {

    static final String CODE = "invalid_json";

    private InvalidJson() {
    }

    static ApiError of(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping.getPath());
            Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            if (field.isEmpty()) {
                return ApiError.of(CODE, "The request body must be " + expected(target) + where + ".");
            }
            return new ApiError(CODE, "A field of the request body has the wrong type" + where + ": " + field + ".",
                    List.of(new ApiError.FieldError(field, field + " must be " + expected(target))));
        }
        return ApiError.of(CODE, "The request body is not valid JSON: it breaks" + where + ".");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path of the field, as the API names fields: {@code contact.email}, {@code answers[2]}. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "text";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(target) || !target.isPrimitive() ? "an object" : "of another type";
    }
}
