package uk.tierless.casework;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.notifications.OutboxMessage;
import uk.tierless.photos.TestPhotos;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class WorkQueueResourceTest {

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    static String missedBin(String email) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                "idempotencyKey", "queue-" + UUID.randomUUID(),
                "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes",
                        "details", "Left by the blue gate")));
        if (email != null) {
            body.put("contact", Map.of("email", email));
        }
        return given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("reference");
    }

    /** A missed bin filed as the portal files it once the resident picks an address: by UPRN, with no postcode. */
    static String missedBinAt(String uprn) {
        return given().contentType("application/json").body(Map.of("service", "missed-bin", "uprn", uprn,
                        "idempotencyKey", "queue-" + UUID.randomUUID(),
                        "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
    }

    @Test
    void aRequestMadeWithAnAddressShowsTheAddressAndIsFoundByPostcodeStreetOrHouse() {
        String reference = missedBinAt("990000000003");

        as("tamworth").queryParam("q", reference).when().get("/api/v1/requests")
                .then().statusCode(200).body("items[0].address", equalTo("15 Example Mews, Tamworth"))
                .body("items[0].postcode", equalTo("B79 7AH"));
        as("tamworth").when().get("/api/v1/requests/" + reference)
                .then().statusCode(200).body("address", equalTo("15 Example Mews, Tamworth")).body("postcode", equalTo("B79 7AH"))
                .body("answers.find { it.id == 'bin-type' }.text", equalTo("Garden waste"))
                .body("answers.find { it.id == 'collection-date' }.text", equalTo("20 November 2026"))
                .body("answers.find { it.id == 'bin-out' }.text", equalTo("Yes"));
        for (String words : List.of("b79 7ah", "Example Mews", "15 Example")) {
            as("tamworth").queryParam("q", words).queryParam("size", 100).when().get("/api/v1/requests")
                    .then().statusCode(200).body("items.reference", hasItem(reference));
        }
        as("tamworth").queryParam("q", "20 Example").queryParam("size", 100).when().get("/api/v1/requests")
                .then().statusCode(200).body("items.reference", not(hasItem(reference)));
    }

    private static RequestSpecification as(String council) {
        return given().auth().oauth2(TestTokens.caseworker(council));
    }

    @Test
    void aCaseworkerSeesTheirCouncilsRequestsNewestFirstWithCounts() {
        String older = missedBin(null);
        String newer = missedBin("queue@example.com");

        as("tamworth").queryParam("size", 100).when().get("/api/v1/requests")
                .then().statusCode(200)
                .body("items.reference", hasItem(newer))
                .body("items[0].reference", equalTo(newer))
                .body("counts.submitted", greaterThanOrEqualTo(2))
                .body("page", equalTo(1)).body("size", equalTo(100));
        as("tamworth").queryParam("q", older).when().get("/api/v1/requests")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].reference", equalTo(older))
                .body("items[0].postcode", equalTo("B79 7AH")).body("items[0].serviceName", equalTo("Report a missed bin"));
        as("tamworth").queryParam("q", "blue gate").queryParam("size", 1).when().get("/api/v1/requests")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("total", greaterThanOrEqualTo(2));
        as("tamworth").queryParam("q", "b797ah").queryParam("service", "missed-bin").queryParam("status", "submitted")
                .when().get("/api/v1/requests").then().statusCode(200).body("items.status", everyItem(equalTo("submitted")))
                .body("items.reference", hasItem(older));
        as("tamworth").queryParam("status", "lost").queryParam("page", "0").when().get("/api/v1/requests")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aRequestMovesThroughItsLifeAndTheResidentSeesOnlyThePublicPart() {
        String reference = missedBin("resident@example.com");
        as("tamworth").when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("status", equalTo("submitted"))
                .body("email", equalTo("resident@example.com"))
                .body("answers.id", contains("bin-type", "collection-date", "bin-out", "details"))
                .body("allowed", hasItem("in_progress")).body("allowed", not(hasItem("submitted")));

        as("tamworth").contentType("application/json")
                .body(Map.of("status", "in_progress", "publicNote", "A crew is on its way.", "privateNote", "Crew 4, van 2"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(201).body("status", equalTo("in_progress"))
                .body("history[1].privateNote", equalTo("Crew 4, van 2"));
        as("tamworth").contentType("application/json").body(Map.of("privateNote", "Called the crew"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);
        as("tamworth").contentType("application/json").body(Map.of("status", "fixed", "publicNote", "Emptied today."))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);

        as("tamworth").contentType("application/json").body(Map.of("status", "in_progress"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(409).body("error", equalTo("invalid_transition"))
                .body("allowed", contains("reopened"));
        as("tamworth").contentType("application/json").body(Map.of("status", "done"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(400).body("details[0].field", equalTo("status"));
        as("tamworth").contentType("application/json").body(Map.of())
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(400);

        given().contentType("application/json").body(Map.of("reference", reference, "email", "resident@example.com"))
                .when().post("/api/v1/requests/track")
                .then().statusCode(200).body("status", equalTo("fixed"))
                .body("updates.status", contains("submitted", "in_progress", "fixed"))
                .body("updates.note", hasItem("A crew is on its way."))
                .body("updates.note", not(hasItem("Crew 4, van 2")));

        List<String> kinds = tenantScope.call("tamworth", () -> OutboxMessage.<OutboxMessage>list("requestId",
                io.quarkus.panache.common.Sort.by("createdAt"), requestId(reference)).stream().map(m -> m.kind).toList());
        assertThat(kinds).containsExactly("acknowledgement", "update", "update");
    }

    @Test
    void aRequestIsDueByItsServicesTargetAndFlaggedWhenOverdue() {
        String reference = missedBin(null);
        as("tamworth").when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("dueAt", org.hamcrest.Matchers.notNullValue()).body("overdue", equalTo(false));
        as("tamworth").queryParam("overdue", "true").queryParam("size", 100).when().get("/api/v1/requests")
                .then().statusCode(200).body("items.reference", not(hasItem(reference)));

        UUID id = requestId(reference);
        tenantScope.run("tamworth", () -> entityManager.createNativeQuery(
                "update service_requests set due_at = now() - interval '1 hour' where id = :id").setParameter("id", id)
                .executeUpdate());
        as("tamworth").queryParam("overdue", "true").queryParam("size", 100).when().get("/api/v1/requests")
                .then().statusCode(200).body("items.reference", hasItem(reference))
                .body("items.overdue", everyItem(equalTo(true)));
        as("tamworth").queryParam("sort", "due").queryParam("size", 1).when().get("/api/v1/requests")
                .then().statusCode(200).body("items[0].overdue", equalTo(true));
        as("tamworth").when().get("/api/v1/requests/" + reference).then().body("overdue", equalTo(true));

        as("tamworth").contentType("application/json").body(Map.of("status", "fixed"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201).body("overdue", equalTo(false));
        as("tamworth").queryParam("overdue", "true").queryParam("size", 100).when().get("/api/v1/requests")
                .then().body("items.reference", not(hasItem(reference)));
        as("tamworth").queryParam("overdue", "soon").when().get("/api/v1/requests")
                .then().statusCode(400).body("details[0].field", equalTo("overdue"));
    }

    @Test
    void theCouncilsStandardRepliesComeFilledInForTheRequest() {
        String reference = missedBin(null);
        as("tamworth").when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("responses.name", contains("Collected", "Will collect", "Not out in time"))
                .body("responses[0].text", equalTo("We have now collected your bin. Thank you for telling us. Reference "
                        + reference + "."))
                .body("responses[1].text", org.hamcrest.Matchers.matchesPattern(
                        "Our crew will return to empty your bin by \\d{1,2} \\w+ 20\\d\\d\\. Reference " + reference + "\\."))
                .body("responses[2].text", org.hamcrest.Matchers.endsWith("Tamworth Borough Council"))
                .body("responses.status", contains("fixed", "action_scheduled", "no_further_action"))
                .body("responses[0].statusLabel", org.hamcrest.Matchers.equalToIgnoringCase("fixed"));
    }

    @Test
    void workIsAssignedToAColleagueWhoHasSignedIn() {
        String reference = missedBin(null);
        given().auth().oauth2(TestTokens.realm("tamworth.officer", "tamworth", null, StaffRole.CASEWORKER))
                .when().get("/api/v1/me").then().statusCode(200);

        as("tamworth").contentType("application/json").body(Map.of("assignee", "tamworth.officer"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(201).body("assignee", equalTo("tamworth.officer")).body("status", equalTo("submitted"));
        as("tamworth").queryParam("assignee", "tamworth.officer").queryParam("size", 100).when().get("/api/v1/requests")
                .then().body("items.reference", hasItem(reference));
        as("tamworth").contentType("application/json").body(Map.of("assignee", "lichfield.caseworker"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(400).body("details[0].field", equalTo("assignee"));
        as("tamworth").contentType("application/json").body(Map.of("assignee", "none"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(201).body("assignee", nullValue());
    }

    @Test
    void aTamworthRequestDoesNotExistForLichfieldAnywhere() {
        String reference = missedBin("private@example.com");
        as("lichfield").queryParam("size", 100).when().get("/api/v1/requests")
                .then().statusCode(200).body("items.reference", not(hasItem(reference)));
        as("lichfield").queryParam("q", reference).when().get("/api/v1/requests")
                .then().statusCode(200).body("total", equalTo(0));
        as("lichfield").when().get("/api/v1/requests/" + reference).then().statusCode(404);
        as("lichfield").contentType("application/json").body(Map.of("status", "fixed", "publicNote", "Not ours"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(404);
        as("tamworth").when().get("/api/v1/requests/" + reference).then().statusCode(200).body("status", equalTo("submitted"));

        given().when().get("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN))
                .when().get("/api/v1/requests/" + reference).then().statusCode(403);
        given().auth().oauth2(TestTokens.realm("board.member", null, "staffordshire", StaffRole.BOARD))
                .when().get("/api/v1/requests").then().statusCode(403);

        // Row-level security holds even where a query forgets to filter by council.
        Number seenByLichfield = tenantScope.call("lichfield", () -> (Number) entityManager
                .createNativeQuery("select count(*) from service_requests where reference = :reference")
                .setParameter("reference", reference).getSingleResult());
        Number seenByTamworth = tenantScope.call("tamworth", () -> (Number) entityManager
                .createNativeQuery("select count(*) from service_requests where reference = :reference")
                .setParameter("reference", reference).getSingleResult());
        assertThat(seenByLichfield.intValue()).isZero();
        assertThat(seenByTamworth.intValue()).isOne();
    }

    @Test
    void aRequestsHistoryCannotBeChangedOrDeleted() {
        String reference = missedBin(null);
        UUID id = requestId(reference);
        assertThatThrownBy(() -> tenantScope.run("tamworth", () -> entityManager
                .createNativeQuery("update request_events set note = 'rewritten' where request_id = :id")
                .setParameter("id", id).executeUpdate())).hasStackTraceContaining("never changed or deleted");
        assertThatThrownBy(() -> tenantScope.run("tamworth", () -> entityManager
                .createNativeQuery("delete from request_events where request_id = :id")
                .setParameter("id", id).executeUpdate())).hasStackTraceContaining("never changed or deleted");
    }

    @Test
    void staffSeeAPhotoOfTheirOwnCouncilsRequestOnly() {
        String photo = given().contentType("image/jpeg").body(TestPhotos.jpegWithLocation()).when().post("/api/v1/photos")
                .then().statusCode(201).extract().path("photo");
        String reference = given().contentType("application/json").body(Map.of("service", "report-pothole",
                        "postcode", "B79 7AH", "idempotencyKey", "queue-" + UUID.randomUUID(),
                        "answers", Map.of("location", "Outside the library", "size", "large", "position", "road", "photo", photo)))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");

        as("staffordshire").when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("photos", contains(photo));
        byte[] image = as("staffordshire").when().get("/api/v1/requests/" + reference + "/photos/" + photo)
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(TestPhotos.contains(image, TestPhotos.WHERE_TAKEN)).isFalse();
        as("tamworth").when().get("/api/v1/requests/" + reference + "/photos/" + photo).then().statusCode(404);
        as("staffordshire").when().get("/api/v1/requests/" + reference + "/photos/0123456789abcdef0123456789abcdef.jpg")
                .then().statusCode(404);
    }

    private UUID requestId(String reference) {
        return tenantScope.call("tamworth", () -> uk.tierless.requests.ServiceRequest.<uk.tierless.requests.ServiceRequest>
                find("reference", reference).firstResult().id);
    }
}
