package uk.tierless.open311client;

import uk.tierless.forms.QuestionType;
import uk.tierless.requests.WorkQueue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A Tierless request as the form fields of a GeoReport v2 {@code POST requests}, as FixMyStreet sends them: where
 * ({@code lat} and {@code long} for a map point, {@code address_id}, the UPRN, for an address, each with
 * {@code address_string} in words; for an address the gazetteer does not list, its postcode as {@code address_string}), the resident's contact details, the first long-text answer as
 * {@code description}, and every other answer as {@code attribute[question id]} (a multivaluelist as the same field
 * repeated). Photos and the place question are no attributes. The api key, jurisdiction and service code come from
 * the {@link Open311Target}.
 */
public record Open311Outgoing(List<Field> fields) {

    /** One form field; a name may come more than once. */
    public record Field(String name, String value) {
    }

    public static Open311Outgoing of(WorkQueue.Detail request) {
        List<Field> fields = new ArrayList<>();
        if (request.uprn() != null) {
            fields.add(new Field("address_id", request.uprn()));
            add(fields, "address_string", request.address());
        } else if (request.point() != null) {
            fields.add(new Field("lat", coordinate(request.point().lat())));
            fields.add(new Field("long", coordinate(request.point().lon())));
            add(fields, "address_string", request.address());
        } else {
            // An address the gazetteer does not list: its postcode places it, as FixMyStreet sends one without a map.
            add(fields, "address_string", request.postcode() != null ? request.postcode() : request.address());
        }
        add(fields, "email", request.email());
        add(fields, "phone", request.phone());
        boolean described = false;
        for (WorkQueue.Answer answer : request.answers()) {
            QuestionType type = QuestionType.of(answer.type()).orElseThrow();
            if (type == QuestionType.LOCATION || type == QuestionType.PHOTO) {
                continue;
            }
            if (type == QuestionType.TEXTAREA && !described) {
                fields.add(new Field("description", answer.value().toString()));
                described = true;
            } else if (answer.value() instanceof Collection<?> values) {
                values.forEach(value -> fields.add(new Field(attribute(answer), value.toString())));
            } else {
                fields.add(new Field(attribute(answer), answer.value().toString()));
            }
        }
        return new Open311Outgoing(List.copyOf(fields));
    }

    private static String attribute(WorkQueue.Answer answer) {
        return "attribute[" + answer.id() + "]";
    }

    private static void add(List<Field> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(name, value));
        }
    }

    /** Six decimal places (about 10 cm), as FixMyStreet truncates them. */
    private static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
