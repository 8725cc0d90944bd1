package uk.tierless.integration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.notifications.MailFiles;
import uk.tierless.platform.AtOnce;
import uk.tierless.platform.PostgresTestResource;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A council's back office updating its requests with an integration key in {@code Tierless-Key}: as a caseworker's
 * update (the resident emailed), another council's reference not found, a bad or revoked key refused, a repeated or
 * raced update id applied once, and no other route taking the header.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BackOfficeUpdatesTest {

    private static final String CLIENT = IntegrationKeysTest.CLIENT_PREFIX + "Tamworth CRM";
    private static final String ACTOR = "back office: " + CLIENT;

    private String tamworthKey;
    private String tamworthKeyId;

    @BeforeEach
    void issueAKey() {
        Response issued = IntegrationKeysTest.issue(IntegrationKeysTest.TAMWORTH_ADMIN, "tamworth", CLIENT);
        tamworthKey = issued.path("key");
        tamworthKeyId = issued.path("id");
    }

    @AfterEach
    void deleteTheTestKeys() {
        IntegrationKeysTest.deleteTestKeys();
    }

    @Test
    void aKeyedUpdateMovesTheRequestAndEmailsTheResident() throws Exception {
        String reference = missedBin("backoffice@example.com");

        keyed(tamworthKey).body(Map.of("status", "in_progress", "publicNote", "The crew is on its way back.",
                        "privateNote", "Crew 4 from the depot"))
                .when().post(events(reference))
                .then().statusCode(201).body("status", equalTo("in_progress"))
                .body("history[-1].actor", equalTo(ACTOR))
                .body("history[-1].publicNote", equalTo("The crew is on its way back."))
                .body("history[-1].privateNote", equalTo("Crew 4 from the depot"));

        String email = Files.readString(MailFiles.waitForEmail(reference, "The crew is on its way back."));
        assertThat(email).contains("backoffice@example.com").contains("Tamworth Borough Council").doesNotContain("Crew 4");
        asCaseworker().when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("status", equalTo("in_progress")).body("history.actor", hasItem(ACTOR));
    }

    @Test
    void theRulesOfACaseworkersUpdateHold() {
        String reference = missedBin(null);
        keyed(tamworthKey).body(Map.of("status", "nonsense")).when().post(events(reference))
                .then().statusCode(400).body("error", equalTo("invalid_request")).body("details.field", hasItem("status"));
        keyed(tamworthKey).body(Map.of("status", "fixed")).when().post(events(reference)).then().statusCode(201);
        keyed(tamworthKey).body(Map.of("status", "in_progress")).when().post(events(reference))
                .then().statusCode(409).body("error", equalTo("invalid_transition"));
        keyed(tamworthKey).body(Map.of("assignee", "nobody.here")).when().post(events(reference))
                .then().statusCode(400).body("details.field", hasItem("assignee"));
    }

    @Test
    void aBackOfficeNeitherPassesRequestsOnNorClosesDuplicates() {
        String reference = missedBin(null);
        keyed(tamworthKey).body(Map.of("transferTo", "staffordshire")).when().post(events(reference))
                .then().statusCode(400).body("details.field", hasItem("transferTo"));
        keyed(tamworthKey).body(Map.of("duplicateOf", missedBin(null))).when().post(events(reference))
                .then().statusCode(400).body("details.field", hasItem("duplicateOf"));
        keyed(tamworthKey).body(Map.of("status", "acknowledged", "updateId", "x".repeat(101))).when().post(events(reference))
                .then().statusCode(400).body("details.field", hasItem("updateId"));
        asCaseworker().contentType("application/json").body(Map.of("status", "acknowledged", "updateId", "crm-1"))
                .when().post(events(reference)).then().statusCode(400).body("details.field", hasItem("updateId"));
        asCaseworker().when().get("/api/v1/requests/" + reference).then().body("status", equalTo("submitted"));
    }

    @Test
    void anotherCouncilsReferenceIsNotFound() {
        String lichfieldKey = IntegrationKeysTest.issue(TestTokens.realm("lichfield.admin", "lichfield", null,
                StaffRole.TENANT_ADMIN), "lichfield", IntegrationKeysTest.CLIENT_PREFIX + "Lichfield CRM").path("key");
        String reference = missedBin(null);
        keyed(lichfieldKey).body(Map.of("status", "acknowledged")).when().post(events(reference))
                .then().statusCode(404).body("error", equalTo("not_found"));
        keyed(tamworthKey).body(Map.of("status", "acknowledged")).when().post(events("TAM-0000-0000"))
                .then().statusCode(404).body("error", equalTo("not_found"));
        asCaseworker().when().get("/api/v1/requests/" + reference).then().body("status", equalTo("submitted"));
    }

    @Test
    void aWrongOrRevokedKeyIsRefusedAndSoIsAKeyWithAToken() {
        String reference = missedBin(null);
        for (String key : List.of("", "tlk_not-a-key", tamworthKey.toUpperCase(),
                tamworthKey.substring(0, tamworthKey.length() - 1))) {
            keyed(key).body(Map.of("status", "acknowledged")).when().post(events(reference))
                    .then().statusCode(401).body("error", equalTo("unauthorized"))
                    .body("message", containsString("Tierless-Key"));
        }
        keyed(tamworthKey).auth().oauth2(TestTokens.caseworker("tamworth")).body(Map.of("status", "acknowledged"))
                .when().post(events(reference)).then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", containsString("not both"));

        given().auth().oauth2(IntegrationKeysTest.TAMWORTH_ADMIN).contentType("application/json").when()
                .delete("/api/v1/councils/tamworth/integration-keys/" + tamworthKeyId).then().statusCode(200);
        keyed(tamworthKey).body(Map.of("status", "acknowledged")).when().post(events(reference))
                .then().statusCode(401).body("error", equalTo("unauthorized"));
        asCaseworker().when().get("/api/v1/requests/" + reference).then().body("status", equalTo("submitted"));
    }

    @Test
    void aRepeatedUpdateIdIsAppliedOnce() {
        String reference = missedBin(null);
        keyed(tamworthKey).body(Map.of("status", "acknowledged", "privateNote", "First", "updateId", "crm-77"))
                .when().post(events(reference)).then().statusCode(201).body("status", equalTo("acknowledged"));
        keyed(tamworthKey).body(Map.of("status", "in_progress", "privateNote", "Moved on", "updateId", "crm-78"))
                .when().post(events(reference)).then().statusCode(201);
        keyed(tamworthKey).body(Map.of("status", "acknowledged", "privateNote", "First", "updateId", "crm-77"))
                .when().post(events(reference)).then().statusCode(200).body("status", equalTo("in_progress"));
        assertThat(backOfficeEvents(reference)).isEqualTo(2);
        // Without an id every post is an update of its own.
        keyed(tamworthKey).body(Map.of("privateNote", "No id")).when().post(events(reference)).then().statusCode(201);
        keyed(tamworthKey).body(Map.of("privateNote", "No id")).when().post(events(reference)).then().statusCode(201);
        assertThat(backOfficeEvents(reference)).isEqualTo(4);
    }

    @Test
    void aRacedUpdateIdIsAppliedOnce() throws Exception {
        String reference = missedBin(null);
        assertThat(AtOnce.twice(() -> keyed(tamworthKey).body(Map.of("privateNote", "Twice at once", "updateId", "crm-race"))
                .when().post(events(reference)).statusCode())).containsExactlyInAnyOrder(201, 200);
        assertThat(backOfficeEvents(reference)).isEqualTo(1);
    }

    @Test
    void anOpen311KeyIsNotAnIntegrationKeyNorTheOtherWayRound() {
        String reference = missedBin(null);
        String open311Key = given().auth().oauth2(IntegrationKeysTest.TAMWORTH_ADMIN).contentType("application/json")
                .body("{\"client\": \"" + CLIENT + "\"}").when().post("/api/v1/councils/tamworth/open311-keys")
                .then().statusCode(201).extract().path("key");
        keyed(open311Key).body(Map.of("status", "acknowledged")).when().post(events(reference))
                .then().statusCode(401).body("error", equalTo("unauthorized"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", tamworthKey)
                .formParam("service_request_id", reference).formParam("update_id", "crm-open311")
                .formParam("status", "OPEN").formParam("description", "Sent with the wrong key")
                .formParam("updated_datetime", "2026-12-01T10:00:00Z")
                .when().post("/open311/v2/servicerequestupdates.json").then().statusCode(403);
        asCaseworker().when().get("/api/v1/requests/" + reference).then().body("history.size()", equalTo(1));
    }

    @Test
    void noOtherRouteTakesTheHeader() {
        String reference = missedBin(null);
        given().header(IntegrationKeys.HEADER, tamworthKey).when().get("/api/v1/requests/" + reference)
                .then().statusCode(401);
        given().header(IntegrationKeys.HEADER, tamworthKey).when().get("/api/v1/requests").then().statusCode(401);
        given().header(IntegrationKeys.HEADER, tamworthKey).when().get("/api/v1/me").then().statusCode(401);
        given().header(IntegrationKeys.HEADER, tamworthKey).when().get("/api/v1/councils/tamworth/integration-keys")
                .then().statusCode(401);
        given().header(IntegrationKeys.HEADER, tamworthKey).contentType("application/json")
                .body("{\"client\": \"" + IntegrationKeysTest.CLIENT_PREFIX + "by key\"}")
                .when().post("/api/v1/councils/tamworth/integration-keys").then().statusCode(401);
        given().header(IntegrationKeys.HEADER, tamworthKey).redirects().follow(false).when().get("/staff/requests")
                .then().statusCode(302);
        given().header(IntegrationKeys.HEADER, tamworthKey).redirects().follow(false).when().get("/admin/integration-keys")
                .then().statusCode(302);
    }

    private static RequestSpecification keyed(String key) {
        return given().header(IntegrationKeys.HEADER, key).contentType("application/json");
    }

    private static RequestSpecification asCaseworker() {
        return given().auth().oauth2(TestTokens.caseworker("tamworth"));
    }

    private static String events(String reference) {
        return "/api/v1/requests/" + reference + "/events";
    }

    private static int backOfficeEvents(String reference) {
        List<String> actors = asCaseworker().when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .extract().path("history.actor");
        return (int) actors.stream().filter(ACTOR::equals).count();
    }

    /** A Tamworth missed bin, with the resident's email when given. */
    private static String missedBin(String email) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                "idempotencyKey", "backoffice-" + UUID.randomUUID(),
                "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes")));
        if (email != null) {
            body.put("contact", Map.of("email", email));
        }
        return given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("reference");
    }
}
