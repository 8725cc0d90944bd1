package uk.tierless.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.platform.PostgresTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The staff pages' session cookie signs nobody in on the API: only a bearer token does. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BearerOnlyApiTest {

    private static final String EMAIL = "cookie-only@example.com";

    @Test
    void aSignedInBrowsersSessionCookieAloneIsRefusedOnTheApi() {
        String reference = given().contentType("application/json")
                .body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "cookie-" + UUID.randomUUID(),
                        "contact", Map.of("email", EMAIL),
                        "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
        Map<String, String> session = StaffSignIn.as("tamworth.caseworker");
        // The cookie is a real session: the staff pages know who it is.
        given().cookies(session).when().get("/staff/account").then().statusCode(200).body(containsString("Tamworth Caseworker"));

        given().cookies(session).when().get("/api/v1/requests/" + reference)
                .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("error", equalTo("unauthorized")).body(not(containsString(EMAIL)));
        given().cookies(session).when().get("/api/v1/me").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().cookies(session).contentType("application/json")
                .body(Map.of("status", "in_progress", "privateNote", "Written with a cookie"))
                .when().post("/api/v1/requests/" + reference + "/events")
                .then().statusCode(401).body("error", equalTo("unauthorized"));

        // A bearer token still works, and shows that nothing was written by the cookie's attempt.
        given().auth().oauth2(TestTokens.caseworker("tamworth")).cookies(session)
                .when().get("/api/v1/requests/" + reference)
                .then().statusCode(200).body("email", equalTo(EMAIL)).body("status", equalTo("submitted"))
                .body("history", hasSize(1));
    }
}
