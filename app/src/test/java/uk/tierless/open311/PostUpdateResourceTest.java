package uk.tierless.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.AtOnce;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.RequestWithNotes;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * FixMyStreet's {@code POST servicerequestupdates.{fmt}}: a resident's update as one event staff see and the public
 * reads do not, a reopening, a repeated or raced update_id refused, every refusal naming its field, and the sandbox.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PostUpdateResourceTest {

    private static final String CLIENT = Open311KeysTest.CLIENT_PREFIX + "FixMyStreet";

    @Inject
    Open311Keys keys;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    private String tamworthKey;

    @BeforeEach
    void issueKey() {
        tamworthKey = keys.issue(Open311Keys.Owner.council("tamworth"), CLIENT, "tester").key();
    }

    @AfterEach
    void deleteTheTestKeys() {
        QuarkusTransaction.requiringNew().run(() -> Open311Key.delete("client like ?1", Open311KeysTest.CLIENT_PREFIX + "%"));
    }

    @Test
    void fixMyStreetsUpdateIsOneEventWhoseWordsOnlyStaffSee() {
        RequestWithNotes made = RequestWithNotes.make();
        String words = "The bin is still at the kerb " + UUID.randomUUID();
        String updateId = "fms-" + UUID.randomUUID();

        Response posted = update(tamworthKey, made.reference(), updateId, "FIXED", words)
                .formParam("first_name", "Alex").formParam("last_name", "Resident")
                .formParam("email", "alex@example.org").formParam("phone", "07700 900123")
                .formParam("media_url", "https://www.fixmystreet.com/photo/c/1.jpeg")
                .when().post("/open311/v2/servicerequestupdates.xml");
        posted.then().statusCode(201).contentType(equalTo("text/xml"));
        GeoReportSchema.valid(posted.asString());
        String eventId = posted.xmlPath().getString("service_request_updates.request_update.update_id");
        assertThat(UUID.fromString(eventId).toString()).isNotEqualTo(updateId);

        Map<String, Object> detail = given().auth().oauth2(TestTokens.caseworker("tamworth"))
                .when().get("/api/v1/requests/" + made.reference()).then().statusCode(200).extract().as(Map.class);
        assertThat(detail.get("status")).as("the council owns the status").isEqualTo("in_progress");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        Map<String, Object> last = history.get(history.size() - 1);
        assertThat(last.get("actor")).isEqualTo("resident via " + CLIENT);
        assertThat((String) last.get("privateNote")).contains(words).contains("FIXED");
        assertThat(last.get("publicNote")).isNull();
        assertThat(eventsOf(made.reference(), updateId)).isEqualTo(1);
        String page = given().cookies(StaffSignIn.as("tamworth.caseworker")).queryParam("ref", made.reference())
                .when().get("/staff/request").then().statusCode(200).extract().asString();
        assertThat(page).contains("resident via " + CLIENT).contains("Staff only: Sent as FIXED: " + words);

        // GET on the same path is still the public updates, and neither it nor the other reads show the words.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String window = "start_date=" + now.minus(1, ChronoUnit.HOURS) + "&end_date=" + now.plus(1, ChronoUnit.HOURS);
        Response updates = given().when().get("/open311/v2/servicerequestupdates.json?jurisdiction_id=tamworth&" + window);
        updates.then().statusCode(200);
        assertThat(updates.jsonPath().getList("service_request_id")).contains(made.reference());
        assertThat(updates.asString()).doesNotContain(words).doesNotContain(eventId);
        assertThat(given().when().get("/open311/v2/requests/" + made.reference() + ".xml").then().statusCode(200)
                .extract().asString()).doesNotContain(words);
        assertThat(given().when().get(made.trackUrl()).then().statusCode(200).extract().asString()).doesNotContain(words);
    }

    @Test
    void aRepeatedUpdateIdIsA400AndWritesNothing() {
        String reference = RequestWithNotes.make().reference();
        String updateId = "fms-" + UUID.randomUUID();
        update(tamworthKey, reference, updateId, "OPEN", "Still there").when().post("/open311/v2/servicerequestupdates.json")
                .then().statusCode(201).contentType(equalTo("application/json"));
        update(tamworthKey, reference, updateId, "OPEN", "Still there").when().post("/open311/v2/servicerequestupdates.json")
                .then().statusCode(400).body("[0].code", equalTo(400))
                .body("[0].description", equalTo("update_id " + updateId + " has already been received: an update is sent once."));
        // Another request of the council: the client's id is still taken.
        String other = RequestWithNotes.make().reference();
        update(tamworthKey, other, updateId, "OPEN", "Elsewhere").when().post("/open311/v2/servicerequestupdates.xml")
                .then().statusCode(400).contentType(equalTo("text/xml"));
        assertThat(eventsOf(reference, updateId)).isEqualTo(1);
        assertThat(eventsOf(other, updateId)).isZero();
        // An id that is not safe to repeat is left out of the message.
        String odd = "<fuzz-xss-" + UUID.randomUUID() + ">";
        update(tamworthKey, reference, odd, "OPEN", "Odd").when().post("/open311/v2/servicerequestupdates.json").then().statusCode(201);
        update(tamworthKey, reference, odd, "OPEN", "Odd").when().post("/open311/v2/servicerequestupdates.json")
                .then().statusCode(400).body("[0].description", equalTo("update_id has already been received: an update is sent once."));
    }

    @Test
    void twoIdenticalPostsAtOnceMakeOneEventAndOneRefusal() throws Exception {
        String reference = RequestWithNotes.make().reference();
        String updateId = "race-" + UUID.randomUUID();
        assertThat(AtOnce.twice(() -> update(tamworthKey, reference, updateId, "OPEN", "Twice at once")
                .when().post("/open311/v2/servicerequestupdates.json").statusCode())).containsExactlyInAnyOrder(201, 400);
        assertThat(eventsOf(reference, updateId)).isEqualTo(1);
    }

    @Test
    void reopenMovesAClosedRequestToReopenedWithoutCountingOrTellingTheResident() {
        RequestWithNotes made = RequestWithNotes.make();
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "fixed", "publicNote", "Collected.")).when()
                .post("/api/v1/requests/" + made.reference() + "/events").then().statusCode(201);
        List<Object> rollups = rollups();
        long messages = outboxMessages(made.reference());

        update(tamworthKey, made.reference(), "fms-" + UUID.randomUUID(), "REOPEN", "")
                .when().post("/open311/v2/servicerequestupdates.json").then().statusCode(201);

        given().auth().oauth2(TestTokens.caseworker("tamworth")).when().get("/api/v1/requests/" + made.reference())
                .then().statusCode(200).body("status", equalTo("reopened"))
                .body("history[-1].actor", equalTo("resident via " + CLIENT))
                .body("history[-1].publicNote", equalTo("Reopened by the resident."));
        assertThat(rollups()).as("a reopening is not counted").isEqualTo(rollups);
        assertThat(outboxMessages(made.reference())).as("the resident is not told of their own update").isEqualTo(messages);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String window = "start_date=" + now.minus(1, ChronoUnit.HOURS) + "&end_date=" + now.plus(1, ChronoUnit.HOURS);
        List<Map<String, Object>> updates = given().when()
                .get("/open311/v2/servicerequestupdates.json?jurisdiction_id=tamworth&" + window).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("").stream()
                .filter(update -> made.reference().equals(update.get("service_request_id"))).toList();
        assertThat(updates.get(updates.size() - 1)).containsEntry("status", "OPEN")
                .containsEntry("description", "Reopened by the resident.").containsEntry("external_status_code", "reopened");

        // On an open request a reopening is only the update.
        update(tamworthKey, made.reference(), "fms-" + UUID.randomUUID(), "REOPEN", "Still not collected")
                .when().post("/open311/v2/servicerequestupdates.xml").then().statusCode(201);
        given().auth().oauth2(TestTokens.caseworker("tamworth")).when().get("/api/v1/requests/" + made.reference())
                .then().statusCode(200).body("status", equalTo("reopened"))
                .body("history[-1].privateNote", equalTo("Still not collected"))
                .body("history[-1].publicNote", equalTo(null));
    }

    @Test
    void refusalsAreTheStandardsErrorsNamingTheField() {
        String reference = RequestWithNotes.make().reference();
        String worcesterKey = keys.issue(Open311Keys.Owner.council("worcester"), CLIENT, "tester").key();
        String post = "/open311/v2/servicerequestupdates.json";

        update(null, reference, "a", "OPEN", "x").when().post(post).then().statusCode(403)
                .body("[0].description", containsString("api_key"));
        update("tl311_not-a-key", reference, "a", "OPEN", "x").when().post(post).then().statusCode(403);
        update(worcesterKey, reference, "a", "OPEN", "x").when().post(post).then().statusCode(403)
                .body("[0].description", containsString("Tamworth"));
        update(tamworthKey, "TAM-0000-0000", "a", "OPEN", "x").when().post(post).then().statusCode(404);
        update(tamworthKey, "ZZZZ-2611-0001", "a", "OPEN", "x").when().post(post).then().statusCode(404);
        update(tamworthKey, reference, "a", "OPEN", "x").formParam("jurisdiction_id", "atlantis").when().post(post)
                .then().statusCode(404);
        update(worcesterKey, reference, "a", "OPEN", "x").formParam("jurisdiction_id", "worcester").when().post(post)
                .then().statusCode(404);

        assertNamed(update(tamworthKey, null, "a", "OPEN", "x"), "service_request_id is missing");
        assertNamed(update(tamworthKey, "not a reference", "a", "OPEN", "x"), "service_request_id must be");
        assertNamed(update(tamworthKey, reference, null, "OPEN", "x"), "update_id is missing");
        assertNamed(update(tamworthKey, reference, "a".repeat(101), "OPEN", "x"), "update_id must be");
        assertNamed(update(tamworthKey, reference, "a", null, "x"), "status is missing");
        assertNamed(update(tamworthKey, reference, "a", "open", "x"), "status must be one of");
        assertNamed(update(tamworthKey, reference, "a", "OPEN", null), "description is missing");
        assertNamed(update(tamworthKey, reference, "a", "OPEN", "x".repeat(4001)), "description must be 4000");
        for (String time : new String[]{null, "yesterday", "2026-11-23T25:00:00Z"}) {
            RequestSpecification timed = given().contentType("application/x-www-form-urlencoded")
                    .formParam("api_key", tamworthKey).formParam("service_request_id", reference)
                    .formParam("update_id", "a").formParam("status", "OPEN").formParam("description", "x");
            assertNamed(time == null ? timed : timed.formParam("updated_datetime", time),
                    time == null ? "updated_datetime is missing" : "updated_datetime must be");
        }
        assertThat(eventsOf(reference, "a")).isZero();
    }

    @Test
    void theSandboxChecksTheKeyAndFieldsAndWritesNothing() {
        String updateId = "sandbox-" + UUID.randomUUID();
        Response answer = update(tamworthKey, "TAM-2611-0001", updateId, "OPEN", "Trying it out")
                .when().post("/open311/test/v2/servicerequestupdates.xml");
        answer.then().statusCode(201).contentType(equalTo("text/xml"));
        GeoReportSchema.valid(answer.asString());
        UUID.fromString(answer.xmlPath().getString("service_request_updates.request_update.update_id"));
        assertThat(tenantScope.call("tamworth", () -> ((Number) entityManager
                .createNativeQuery("select count(*) from request_events where client_update_id = :id")
                .setParameter("id", updateId).getSingleResult()).longValue())).isZero();
        update(null, "TAM-2611-0001", updateId, "OPEN", "x").when().post("/open311/test/v2/servicerequestupdates.json")
                .then().statusCode(403);
        assertNamed(update(tamworthKey, "nothing", updateId, "OPEN", "x"), "service_request_id must be",
                "/open311/test/v2/servicerequestupdates.json");
    }

    private static void assertNamed(RequestSpecification request, String description) {
        assertNamed(request, description, "/open311/v2/servicerequestupdates.json");
    }

    private static void assertNamed(RequestSpecification request, String description, String path) {
        request.when().post(path).then().statusCode(400).body("[0].code", equalTo(400))
                .body("[0].description", startsWith(description));
    }

    /** FixMyStreet's post of an update (a null field is left out). */
    static RequestSpecification update(String key, String reference, String updateId, String status, String words) {
        RequestSpecification request = given().contentType("application/x-www-form-urlencoded")
                .formParam("updated_datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("api_key", key);
        fields.put("service_request_id", reference);
        fields.put("update_id", updateId);
        fields.put("status", status);
        fields.put("description", words);
        fields.forEach((name, value) -> {
            if (value != null) {
                request.formParam(name, value);
            }
        });
        return request;
    }

    private long eventsOf(String reference, String updateId) {
        return tenantScope.call("tamworth", () -> ((Number) entityManager.createNativeQuery("select count(*) from request_events e"
                        + " join service_requests r on r.id = e.request_id where r.reference = :reference and e.client_update_id = :id")
                .setParameter("reference", reference).setParameter("id", updateId).getSingleResult()).longValue());
    }

    private long outboxMessages(String reference) {
        return tenantScope.call("tamworth", () -> ((Number) entityManager.createNativeQuery("select count(*) from outbox_messages m"
                        + " join service_requests r on r.id = m.request_id where r.reference = :reference")
                .setParameter("reference", reference).getSingleResult()).longValue());
    }

    /** Tamworth's missed-bin figures on the board, every column summed. */
    private List<Object> rollups() {
        return QuarkusTransaction.requiringNew().call(() -> List.of((Object[]) entityManager.createNativeQuery(
                "select coalesce(sum(received), 0), coalesce(sum(closed), 0), coalesce(sum(closed_with_target), 0),"
                        + " coalesce(sum(closed_within_target), 0), coalesce(sum(handed_over), 0), coalesce(sum(duplicates), 0)"
                        + " from request_rollups where council = 'tamworth' and service = 'missed-bin'").getSingleResult()));
    }
}
