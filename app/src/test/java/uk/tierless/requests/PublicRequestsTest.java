package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The public feed of requests shows where, what, when and the public notes: never contact details or staff notes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PublicRequestsTest {

    private static final String PUBLIC_NOTE = RequestWithNotes.PUBLIC_NOTE;
    private static final String PRIVATE_NOTE = RequestWithNotes.PRIVATE_NOTE;

    @Inject
    PublicRequests publicRequests;

    @Test
    void aRequestIsReadByReferenceWithItsPublicNoteOnlyAndNeverItsContactDetails() {
        Instant before = Instant.now().minusSeconds(1);
        RequestWithNotes made = RequestWithNotes.make();
        String reference = made.reference();

        List<PublicRequests.PublicRequest> found = publicRequests.byReferences(List.of("tamworth"),
                List.of(reference.toLowerCase(), "TAM-0000-0000", "not a reference"));
        assertThat(found).singleElement().satisfies(request -> {
            assertThat(request.reference()).isEqualTo(reference);
            assertThat(request.council().slug()).isEqualTo("tamworth");
            assertThat(request.service()).isEqualTo("missed-bin");
            assertThat(request.status()).isEqualTo("in_progress");
            assertThat(request.open()).isTrue();
            assertThat(request.notes()).isEqualTo(PUBLIC_NOTE);
            // A missed bin tells of a household: where it is stays private.
            assertThat(request.postcode()).isNull();
            assertThat(request.address()).isNull();
            assertThat(request.uprn()).isNull();
            assertThat(request.toString()).doesNotContain("caller@example.com", "01827", PRIVATE_NOTE);
        });
        // Only the councils asked about are read.
        assertThat(publicRequests.byReferences(List.of("staffordshire"), List.of(reference))).isEmpty();

        Instant after = Instant.now().plusSeconds(1);
        assertThat(publicRequests.search(List.of("tamworth"),
                new PublicRequests.Search("missed-bin", before, after, true, 1000)))
                .extracting(PublicRequests.PublicRequest::reference).contains(reference);
        assertThat(publicRequests.search(List.of("tamworth"), new PublicRequests.Search("missed-bin", before, after, false, 1000)))
                .extracting(PublicRequests.PublicRequest::reference).doesNotContain(reference);
        assertThat(publicRequests.search(List.of("tamworth"), new PublicRequests.Search("report-pothole", before, after, null, 1000)))
                .extracting(PublicRequests.PublicRequest::reference).doesNotContain(reference);
        assertThat(publicRequests.search(List.of("tamworth"), new PublicRequests.Search(null, before, after, null, 1)))
                .hasSize(1);

        String token = made.trackUrl().substring("/track/".length());
        assertThat(publicRequests.referenceByToken(token)).contains(reference);
        assertThat(publicRequests.referenceByToken("no-such-token")).isEmpty();
    }

    @Test
    void aProblemInAPublicPlaceIsReadWithWhereItIs() {
        String reference = given().contentType("application/json").body(Map.of("service", "report-pothole",
                        "location", Map.of("lat", 52.638696, "lon", -1.704085), "idempotencyKey", "public-" + UUID.randomUUID(),
                        "answers", Map.of("location", Map.of("lat", 52.638696, "lon", -1.704085), "size", "large",
                                "position", "road")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
        assertThat(publicRequests.byReferences(List.of("staffordshire"), List.of(reference))).singleElement()
                .satisfies(request -> {
                    assertThat(request.lat()).isEqualTo(52.638696);
                    assertThat(request.lon()).isEqualTo(-1.704085);
                    assertThat(request.postcode()).isEqualTo("B79 7AH");
                });
    }

    @Test
    void theUpdatesOfAWindowAreTheChangesAResidentSeesOldestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        String reference = RequestWithNotes.make().reference();
        List<PublicRequests.PublicUpdate> updates = publicRequests.updates(List.of("tamworth"), before,
                Instant.now().plus(Duration.ofHours(2)), 1000).stream()
                .filter(update -> update.reference().equals(reference)).toList();
        assertThat(updates).extracting(PublicRequests.PublicUpdate::status).containsExactly("submitted", "in_progress");
        assertThat(updates).extracting(PublicRequests.PublicUpdate::note).doesNotContain(PRIVATE_NOTE).contains(PUBLIC_NOTE);
        assertThat(publicRequests.updates(List.of("tamworth"), before.minus(Duration.ofDays(400)),
                before.minus(Duration.ofDays(399)), 1000)).extracting(PublicRequests.PublicUpdate::reference)
                .doesNotContain(reference);
    }
}
