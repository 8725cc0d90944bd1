package uk.tierless.casework;

import io.quarkus.panache.common.Sort;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.notifications.OutboxMessage;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.RequestContact;
import uk.tierless.requests.ServiceRequest;
import uk.tierless.tenancy.TenantScope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TransferAndDuplicateTest {

    @Inject
    TenantScope tenantScope;

    private static RequestSpecification as(String council) {
        return given().auth().oauth2(TestTokens.caseworker(council));
    }

    /** A pothole that the resident reported to Tamworth as fly-tipping. */
    private static Map<String, Object> potholeAsFlyTipping(String email) {
        return Map.of("service", "fly-tipping", "postcode", "B79 7AH", "idempotencyKey", "transfer-" + UUID.randomUUID(),
                "contact", Map.of("email", email, "phone", "01827 709709"),
                "answers", Map.of("location", "Outside 12 Market Street", "waste-type", List.of("other"),
                        "amount", "single", "description", "Not rubbish: a deep pothole in the road"));
    }

    @Test
    void aRequestPassedToTheCountyMovesWithItsHistoryAndLeavesAStubWithoutPersonalData() {
        var created = given().contentType("application/json").body(potholeAsFlyTipping("moved@example.com"))
                .when().post("/api/v1/requests").then().statusCode(201).extract();
        String old = created.path("reference");
        String trackUrl = created.path("trackUrl");
        as("tamworth").contentType("application/json").body(Map.of("status", "acknowledged", "publicNote", "We are looking."))
                .when().post("/api/v1/requests/" + old + "/events").then().statusCode(201);

        String moved = as("tamworth").contentType("application/json")
                .body(Map.of("transferTo", "staffordshire", "service", "report-pothole", "privateNote", "A pothole: county roads"))
                .when().post("/api/v1/requests/" + old + "/events")
                .then().statusCode(201)
                .body("status", equalTo("not_councils_responsibility"))
                .body("transferredTo.council.slug", equalTo("staffordshire"))
                .body("email", nullValue()).body("phone", nullValue())
                .extract().path("transferredTo.reference");
        assertThat(moved).startsWith("SCC-");

        as("staffordshire").when().get("/api/v1/requests/" + moved).then().statusCode(200)
                .body("service", equalTo("report-pothole")).body("status", equalTo("submitted"))
                .body("transferredFrom", equalTo(old)).body("email", equalTo("moved@example.com"))
                .body("history.publicNote", hasItem("We are looking."))
                .body("history.privateNote", not(hasItem("A pothole: county roads")))
                .body("answers.id", hasItem("description"));
        as("staffordshire").queryParam("q", moved).when().get("/api/v1/requests").then().body("total", equalTo(1));
        as("tamworth").queryParam("q", old).when().get("/api/v1/requests").then().body("total", equalTo(0));
        as("tamworth").queryParam("q", old).queryParam("state", "closed").when().get("/api/v1/requests")
                .then().body("total", equalTo(1));
        as("tamworth").when().get("/api/v1/requests/" + moved).then().statusCode(404);

        // The resident's link and the old reference lead to the new request.
        given().when().get(trackUrl).then().statusCode(200).body(org.hamcrest.Matchers.containsString("Request " + moved));
        given().contentType("application/json").body(Map.of("reference", old, "email", "moved@example.com"))
                .when().post("/api/v1/requests/track").then().statusCode(200)
                .body("reference", equalTo(moved)).body("council.slug", equalTo("staffordshire"));
        given().contentType("application/json").body(Map.of("reference", old, "postcode", "B79 7AH"))
                .when().post("/api/v1/requests/track").then().statusCode(200).body("reference", equalTo(moved));

        RequestContact erased = tenantScope.call("tamworth", () -> RequestContact.<RequestContact>find("requestId",
                ServiceRequest.<ServiceRequest>find("reference", old).firstResult().id).firstResult());
        assertThat(erased.email).isNull();
        assertThat(erased.personalAnswers).isEmpty();
        List<String> told = tenantScope.call("staffordshire", () -> OutboxMessage.<OutboxMessage>list("kind",
                Sort.by("createdAt"), "transfer").stream().map(m -> m.recipient + " " + m.subject).toList());
        assertThat(told).anyMatch(message -> message.startsWith("moved@example.com") && message.contains(moved));
    }

    @Test
    void aRequestGoesOnlyToAnotherCouncilOfThePartnershipAndOnlyWhileOpen() {
        String reference = given().contentType("application/json").body(potholeAsFlyTipping("stays@example.com"))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
        as("tamworth").contentType("application/json").body(Map.of("transferTo", "wychavon"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(400).body("details[0].field", equalTo("transferTo"));
        as("tamworth").contentType("application/json").body(Map.of("transferTo", "tamworth"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(400);
        as("tamworth").contentType("application/json").body(Map.of("transferTo", "staffordshire", "status", "fixed"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(400);
        as("lichfield").contentType("application/json").body(Map.of("transferTo", "staffordshire"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(404);
        as("tamworth").contentType("application/json").body(Map.of("status", "fixed"))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);
        as("tamworth").contentType("application/json").body(Map.of("transferTo", "staffordshire"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(409).body("allowed", contains("reopened"));
        as("tamworth").when().get("/api/v1/requests/" + reference).then().body("email", equalTo("stays@example.com"))
                .body("transferredTo", nullValue());
    }

    @Test
    void aDuplicateIsClosedLinkedToTheFirstAndTheResidentFollowsThatOne() {
        String first = WorkQueueResourceTest.missedBin("first@example.com");
        var second = given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "dup-" + UUID.randomUUID(), "contact", Map.of("email", "second@example.com"),
                        "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes")))
                .when().post("/api/v1/requests").then().statusCode(201).extract();
        String duplicate = second.path("reference");

        as("tamworth").contentType("application/json").body(Map.of("duplicateOf", duplicate))
                .when().post("/api/v1/requests/" + duplicate + "/events").then().statusCode(400)
                .body("details[0].field", equalTo("duplicateOf"));
        as("tamworth").contentType("application/json").body(Map.of("duplicateOf", "LIC-2611-0001"))
                .when().post("/api/v1/requests/" + duplicate + "/events").then().statusCode(400);
        as("tamworth").contentType("application/json").body(Map.of("duplicateOf", first.toLowerCase()))
                .when().post("/api/v1/requests/" + duplicate + "/events").then().statusCode(201)
                .body("status", equalTo("duplicate")).body("duplicateOf", equalTo(first));
        as("tamworth").when().get("/api/v1/requests/" + first).then()
                .body("duplicates", contains(duplicate))
                .body("history.privateNote", hasItem(duplicate + " was closed as a duplicate of this request."));
        as("tamworth").contentType("application/json").body(Map.of("status", "in_progress"))
                .when().post("/api/v1/requests/" + first + "/events").then().statusCode(201);

        given().contentType("application/json").body(Map.of("reference", duplicate, "email", "second@example.com"))
                .when().post("/api/v1/requests/track").then().statusCode(200)
                .body("status", equalTo("duplicate"))
                .body("duplicateOf.reference", equalTo(first)).body("duplicateOf.status", equalTo("in_progress"))
                .body("updates[-1].note", startsWith("This is the same as request " + first));
        given().when().get(second.path("trackUrl").toString()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("This is the same as request " + first));
    }
}
