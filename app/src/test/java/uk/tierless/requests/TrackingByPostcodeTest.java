package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reference and postcode find a request however its place was given: an address (UPRN), a postcode, or a map
 * point (by the nearest postcode), and after a hand-over the old reference still leads to the new one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TrackingByPostcodeTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** 4 Example Mews, Tamworth, in B79 7AH (ops/demo). */
    private static final String UPRN = "990000000001";

    @Test
    void aRequestMadeWithAnAddressIsFoundByItsPostcodeWrittenAnyWay() {
        String reference = flyTipping(Map.of("uprn", UPRN));
        for (String postcode : List.of("B79 7AH", "b797ah", " b79  7AH ")) {
            track(reference, postcode).then().statusCode(200).body("reference", equalTo(reference))
                    .body("status", equalTo("submitted"));
        }
        track(reference, "B79 7AJ").then().statusCode(404);
    }

    @Test
    void aRequestMadeWithAPostcodeOnlyIsFoundByIt() {
        track(flyTipping(Map.of("postcode", "b79 7ah")), "B79 7AH").then().statusCode(200);
    }

    @Test
    void aRequestMadeWithAMapPointIsFoundByTheNearestPostcode() {
        // The point of B79 7AH in the demo postcode directory.
        Response created = given().contentType("application/json").body(Map.of("service", "report-pothole",
                        "location", Map.of("lat", 52.638696, "lon", -1.704085), "idempotencyKey", "point-" + UUID.randomUUID(),
                        "answers", Map.of("location", Map.of("lat", 52.638696, "lon", -1.704085), "size", "large",
                                "position", "road")))
                .when().post("/api/v1/requests");
        created.then().statusCode(201);
        track(created.path("reference"), "B79 7AH").then().statusCode(200).body("council.slug", equalTo("staffordshire"));
        // The confirmation says which postcode it is tracked by, as none was given.
        given().when().get(created.path("trackUrl") + "?sent=1").then().statusCode(200)
                .body(containsString("or with the postcode <strong>B79 7AH</strong>"));
    }

    @Test
    void afterAHandOverTheOldReferenceAndPostcodeLeadToTheNewRequest() {
        String old = flyTipping(Map.of("uprn", UPRN));
        String moved = given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("transferTo", "staffordshire", "service", "report-pothole", "privateNote", "County roads"))
                .when().post("/api/v1/requests/" + old + "/events")
                .then().statusCode(201).extract().path("transferredTo.reference");
        track(old, "b79 7ah").then().statusCode(200).body("reference", equalTo(moved))
                .body("council.slug", equalTo("staffordshire"));
    }

    @Test
    void theTrackingPageFindsARequestMadeWithAnAddressAndKeepsTheReferenceOnAMiss() {
        String reference = flyTipping(Map.of("uprn", UPRN));
        Response form = given().when().get("/track");
        Matcher csrf = CSRF.matcher(form.asString());
        csrf.find();
        given().cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1)).formParam("reference", reference).formParam("contact", "")
                .formParam("postcode", "b797ah")
                .when().post("/track").then().statusCode(200).body(containsString("Request " + reference));
        given().cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1)).formParam("reference", reference).formParam("contact", "")
                .formParam("postcode", "B79 7AJ")
                .when().post("/track").then().statusCode(404)
                .body(containsString("We could not find a request with that reference and postcode"))
                .body(containsString("value=\"" + reference + "\""));
    }

    /** A fly-tipping report to Tamworth, placed as given; its reference. */
    private static String flyTipping(Map<String, String> where) {
        Map<String, Object> body = new HashMap<>(where);
        body.putAll(Map.of("service", "fly-tipping", "idempotencyKey", "track-" + UUID.randomUUID(),
                "contact", Map.of("email", "tracker@example.com"),
                "answers", Map.of("location", "Outside 4 Example Mews", "waste-type", List.of("other"),
                        "amount", "single", "description", "A broken chair")));
        Response created = given().contentType("application/json").body(body).when().post("/api/v1/requests");
        created.then().statusCode(201);
        return created.path("reference");
    }

    private static Response track(String reference, String postcode) {
        return given().contentType("application/json").body(Map.of("reference", reference, "postcode", postcode))
                .when().post("/api/v1/requests/track");
    }
}
