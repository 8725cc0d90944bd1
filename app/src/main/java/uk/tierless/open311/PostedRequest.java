package uk.tierless.open311;

import jakarta.ws.rs.core.MultivaluedMap;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.platform.Secrets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GeoReport v2 {@code POST requests} as its form fields, read into what Tierless's submission takes: the place
 * (lat/long, address_id, or an address_string that is a postcode), the answers by question id from
 * {@code attribute[code]}, {@code attribute[code][]} and repeated {@code attribute[code]} (FixMyStreet's way of
 * sending a multivaluelist), and the contact details. It also names the Open311 field behind each question, so that a
 * refusal says which field to change.
 */
final class PostedRequest {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
    private static final String API_KEY = "api_key";

    private final MultivaluedMap<String, String> fields;
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();

    PostedRequest(MultivaluedMap<String, String> fields) {
        this.fields = fields;
        fields.forEach((name, values) -> {
            Matcher attribute = ATTRIBUTE.matcher(name);
            if (attribute.matches()) {
                attributes.computeIfAbsent(attribute.group(1), code -> new ArrayList<>()).addAll(values);
            }
        });
    }

    String field(String name) {
        String value = fields.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A required field, or a 400 naming it. */
    String required(String name, String what) {
        String value = field(name);
        if (value == null) {
            throw invalid(name, name + " is missing: send " + what + ".");
        }
        return value;
    }

    /** Where the request is, from lat and long, address_id or an address_string that is a postcode, or a 400. */
    PlaceQuery place() {
        String lat = field("lat");
        String lon = field("long");
        if (lat != null || lon != null) {
            return PlaceQuery.of(null, null, coordinate("lat", lat, 90), coordinate("long", lon, 180));
        }
        String uprn = field("address_id");
        if (uprn != null) {
            if (!uprn.matches("\\d{1,12}")) {
                throw invalid("address_id", "address_id must be a UPRN: up to 12 digits.");
            }
            return PlaceQuery.of(null, uprn, null, null);
        }
        Optional<Postcode> postcode = Optional.ofNullable(field("address_string")).flatMap(Postcode::parse);
        if (postcode.isPresent()) {
            return PlaceQuery.of(postcode.get().display(), null, null, null);
        }
        throw invalid("lat", "lat and long, or address_id, are missing: send where the problem is (an address_string"
                + " is enough only when it is a postcode).");
    }

    /** The answers by question id: attributes for the questions they name, the place and description for the rest. */
    Map<String, Object> answers(List<Question> questions) {
        Map<String, Object> answers = new LinkedHashMap<>();
        String description = field("description");
        for (Question question : questions) {
            List<String> given = attributes.get(question.id());
            if (question.type() == QuestionType.LOCATION) {
                answers.put(question.id(), location());
            } else if (given != null && !given.isEmpty()) {
                answers.put(question.id(), question.type() == QuestionType.CHECKBOXES ? List.copyOf(given)
                        : question.type() == QuestionType.DATE ? dayOf(given.get(0)) : given.get(0));
            } else if (question.type() == QuestionType.TEXTAREA && description != null) {
                answers.put(question.id(), description);
                description = null;
            }
        }
        return answers;
    }

    /** The Open311 field behind a question of this form, for a refusal's description. */
    String fieldOf(Question question) {
        return switch (question.type()) {
            case LOCATION -> "lat";
            case PHOTO -> "media_url";
            default -> attributes.containsKey(question.id()) || question.type() != QuestionType.TEXTAREA
                    ? "attribute[" + question.id() + "]" : "description";
        };
    }

    /**
     * The idempotency key of this post: the same client sending the same fields on the same London day makes one
     * request, as a client retrying after a lost answer would (docs/open311.md, Posting a request).
     */
    String idempotencyKey(String client, LocalDate day) {
        StringBuilder content = new StringBuilder(client).append('\n').append(day);
        new TreeMap<>(fields).forEach((name, values) -> {
            if (!name.equals(API_KEY)) {
                content.append('\n').append(name).append('=').append(String.join("\u0000", values));
            }
        });
        return "open311-" + Secrets.sha256(content.toString());
    }

    private Object location() {
        String words = field("address_string");
        String uprn = field("address_id");
        if (field("lat") != null) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("lat", Double.parseDouble(field("lat")));
            point.put("lon", Double.parseDouble(field("long")));
            if (words != null) {
                point.put("description", words);
            }
            return point;
        }
        if (uprn != null) {
            return Map.of("uprn", uprn);
        }
        return words;
    }

    /** A datetime attribute's day: clients may send a whole ISO 8601 instant where the form asks for a date. */
    private static String dayOf(String value) {
        return DATETIME.matcher(value).matches() ? value.substring(0, 10) : value;
    }

    private static Double coordinate(String name, String value, double limit) {
        if (value == null) {
            throw invalid(name, name + " is missing: lat and long go together, in decimal degrees (WGS84).");
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && Math.abs(number) <= limit) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as an out-of-range number is
        }
        throw invalid(name, name + " must be a number of decimal degrees from -" + (int) limit + " to " + (int) limit + ".");
    }

    static ApiException invalid(String field, String message) {
        return ApiException.invalid(message, List.of(new ApiError.FieldError(field, message)));
    }
}
