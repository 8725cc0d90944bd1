package uk.tierless.casework;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.PagePosts;
import uk.tierless.reports.UsageCounter;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Staff file requests for callers and visitors through the same forms, counted as phone or face to face. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CallersTest {

    private static final String MISSED_BIN = "/form?service=missed-bin&postcode=B79 7AH";

    @Inject
    EntityManager entityManager;

    @Inject
    UsageCounter usage;

    private static Map<String, Object> missedBin(String channel) {
        Map<String, Object> body = new HashMap<>(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                "idempotencyKey", "caller-" + UUID.randomUUID(),
                "answers", Map.of("bin-type", "food", "collection-date", "2026-11-20", "bin-out", "yes")));
        if (channel != null) {
            body.put("channel", channel);
        }
        return body;
    }

    @Test
    void onlyStaffFileByPhoneOrFaceToFace() {
        given().contentType("application/json").body(missedBin("phone")).when().post("/api/v1/requests")
                .then().statusCode(400).body("details[0].field", equalTo("channel"));
        String reference = given().auth().oauth2(TestTokens.caseworker("lichfield")).contentType("application/json")
                .body(missedBin(null)).when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
        given().auth().oauth2(TestTokens.caseworker("tamworth")).when().get("/api/v1/requests/" + reference)
                .then().statusCode(200).body("channel", equalTo("phone")).body("origin", equalTo("lichfield"));
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json").body(missedBin("web"))
                .when().post("/api/v1/requests").then().statusCode(400).body("details[0].field", equalTo("channel"));
    }

    @Test
    void aCaseworkerSignedInFilesThroughThePortalsFormsAndItCountsAsFaceToFace() {
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as("tamworth.caseworker"));
        Response first = given().cookies(cookies).when().get(MISSED_BIN);
        first.then().statusCode(200);
        Response contact = post(first, cookies, "/form/check?service=missed-bin&postcode=B79 7AH", Map.of("bin-type", "general",
                "collection-date-day", "20", "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes",
                "address.line1", "2 New Road"));
        contact.then().statusCode(200).body(containsString("You are signed in as staff"));
        Response check = post(contact, cookies, "/form/check?service=missed-bin&postcode=B79 7AH",
                Map.of("channel", "face_to_face", "email", "visitor@example.com"));
        check.then().statusCode(200).body(containsString("Check your answers"));
        String location = post(check, cookies, "/form/submit?service=missed-bin&postcode=B79 7AH", Map.of())
                .then().statusCode(303).extract().header("Location");
        String reference = given().when().get(location).then().statusCode(200).extract().htmlPath()
                .getString("**.find { it.name() == 'strong' && it.text().startsWith('TAM-') }");

        given().auth().oauth2(TestTokens.caseworker("tamworth")).when().get("/api/v1/requests/" + reference)
                .then().statusCode(200).body("channel", equalTo("face_to_face")).body("email", equalTo("visitor@example.com"));
        usage.flush();
        Number counted = (Number) entityManager.createNativeQuery("select coalesce(sum(count), 0) from usage_counts"
                + " where event = 'form-submitted' and channel = 'face_to_face' and council = 'tamworth'").getSingleResult();
        assertThat(counted.longValue()).isPositive();

        // A resident, not signed in, sees no staff question.
        Response resident = given().when().get(MISSED_BIN);
        post(resident, resident.getCookies(), "/form/check?service=missed-bin&postcode=B79 7AH", Map.of("bin-type", "general",
                "collection-date-day", "20", "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes",
                "address.line1", "2 New Road"))
                .then().statusCode(200).body(containsString("How we will keep you updated"))
                .body(not(containsString("You are signed in as staff")));
    }

    /** The page's form as {@link PagePosts} posts it, with the staff session's cookies too. */
    private static Response post(Response page, Map<String, String> cookies, String action, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(cookies);
        all.putAll(page.getCookies());
        return PagePosts.withoutCookies(page, fields).cookies(all).when().post(action);
    }
}
