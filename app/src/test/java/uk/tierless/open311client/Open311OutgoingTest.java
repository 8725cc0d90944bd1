package uk.tierless.open311client;

import org.junit.jupiter.api.Test;
import uk.tierless.requests.WorkQueue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's fields as FixMyStreet posts them: where, by each way a request is placed, and each kind of answer. */
class Open311OutgoingTest {

    private static final List<WorkQueue.Answer> ANSWERS = List.of(
            new WorkQueue.Answer("where", "Where?", "location", java.util.Map.of("uprn", "100031"), "2 New Road", false),
            new WorkQueue.Answer("bins", "Which bins?", "checkboxes", List.of("general", "recycling"), "General, Recycling", false),
            new WorkQueue.Answer("details", "What happened?", "textarea", "Left at the kerb", "Left at the kerb", false),
            new WorkQueue.Answer("more", "Anything else?", "textarea", "Gate code 1234", "Gate code 1234", true),
            new WorkQueue.Answer("photo", "A photo", "photo", "p-1", "p-1", false),
            new WorkQueue.Answer("count", "How many?", "number", 2L, "2", false));

    @Test
    void anAddressIsItsUprnAndWordsAndEveryAnswerButThePlaceAndPhotoIsSent() {
        Open311Outgoing outgoing = Open311Outgoing.of(request("100031", "2 New Road, Tamworth", "B79 7AH", null));
        assertThat(outgoing.fields()).extracting(field -> field.name() + "=" + field.value()).containsExactly(
                "address_id=100031", "address_string=2 New Road, Tamworth", "email=resident@example.org",
                "attribute[bins]=general", "attribute[bins]=recycling", "description=Left at the kerb",
                "attribute[more]=Gate code 1234", "attribute[count]=2");
    }

    @Test
    void aPointIsLatAndLongToSixPlaces() {
        Open311Outgoing outgoing = Open311Outgoing.of(request(null, null, "B79 7AH", new WorkQueue.Point(52.63871234, -1.70419876)));
        assertThat(outgoing.fields()).extracting(field -> field.name() + "=" + field.value())
                .startsWith("lat=52.638712", "long=-1.704198", "email=resident@example.org");
    }

    @Test
    void anAddressTheGazetteerLacksIsPlacedByItsPostcode() {
        Open311Outgoing outgoing = Open311Outgoing.of(request(null, "2 New Road, Tamworth", "B79 7AH", null));
        assertThat(outgoing.fields()).extracting(field -> field.name() + "=" + field.value())
                .startsWith("address_string=B79 7AH", "email=resident@example.org");
    }

    private static WorkQueue.Detail request(String uprn, String address, String postcode, WorkQueue.Point point) {
        return new WorkQueue.Detail("TAM-2612-0001", null, "missed-bin", "Report a missed bin", "submitted", "received",
                "online", null, null, postcode, uprn, address, point == null ? null : point.lat(),
                point == null ? null : point.lon(), null, null, null, null, false, ANSWERS, "resident@example.org", null,
                List.of("p-1"), List.of(), List.of(), point, null, null, null, List.of(), List.of(), null);
    }
}
