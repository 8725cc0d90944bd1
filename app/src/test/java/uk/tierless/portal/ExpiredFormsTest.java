package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A form whose CSRF cookie has expired (or whose token is stale) keeps the resident's answers. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ExpiredFormsTest {

    private static final String MISSED_BIN = "/form/check?service=missed-bin&postcode=B79 7AH";
    private static final String TIMED_OUT = "This page timed out";

    @Test
    void sendingAfterTheCookieExpiredShowsTheCheckPageAgainAndPressingAgainFilesItOnce() {
        String details = "Expired form " + UUID.randomUUID();
        Response check = checkPage(details);
        String oldToken = PagePosts.field(check, "csrf-token");

        // The CSRF cookie is gone (two hours later): nothing is filed, the answers come back with a fresh token.
        Response again = PagePosts.withoutCookies(check, Map.of()).when().post("/form/submit?service=missed-bin&postcode=B79 7AH");
        again.then().statusCode(400).body(containsString(TIMED_OUT)).body(containsString("Check your answers"))
                .body(containsString(details)).body(containsString("expired@example.com"));
        String freshToken = PagePosts.field(again, "csrf-token");
        assertThat(freshToken).isNotEqualTo(oldToken).isEqualTo(again.getCookie("csrf-token"));
        assertThat(again.getDetailedCookie("csrf-token").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(filed(details)).isZero();

        PagePosts.post(again, "/form/submit?service=missed-bin&postcode=B79 7AH", Map.of())
                .then().statusCode(303).header("Location", containsString("/track/"));
        PagePosts.post(again, "/form/submit?service=missed-bin&postcode=B79 7AH", Map.of()).then().statusCode(303);
        assertThat(filed(details)).isEqualTo(1);
    }

    @Test
    void aStaleTokenOnAFormStepShowsTheSamePageWithTheAnswersKept() {
        Response form = given().when().get("/form?service=missed-bin&postcode=B79 7AH");
        PagePosts.post(form, MISSED_BIN, Map.of("csrf-token", "c3RhbGUtdG9rZW4tdmFsdWU", "bin-type", "garden",
                        "details", "Kept through a stale token"))
                .then().statusCode(400).body(containsString(TIMED_OUT))
                .body(containsString("value=\"garden\" checked")).body(containsString("Kept through a stale token"))
                .body(not(containsString("How we will keep you updated")));
    }

    @Test
    void trackingAfterTheCookieExpiredKeepsTheReference() {
        Response page = given().when().get("/track");
        PagePosts.withoutCookies(page, Map.of("reference", "TAM-2601-0001", "postcode", "B79 7AH"))
                .when().post("/track")
                .then().statusCode(400).body(containsString(TIMED_OUT)).body(containsString("value=\"TAM-2601-0001\""));
    }

    @Test
    void aStaffPageThatTimedOutSaysToGoBack() {
        Map<String, String> staff = new HashMap<>(StaffSignIn.as("tamworth.caseworker"));
        given().cookies(staff).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "c3RhbGUtdG9rZW4tdmFsdWU").when().post("/staff/sign-out")
                .then().statusCode(400).body(containsString("This page timed out")).body(containsString("Go back"));
    }

    private static Response checkPage(String details) {
        Response form = given().when().get("/form?service=missed-bin&postcode=B79 7AH");
        Response contact = PagePosts.post(form, MISSED_BIN, Map.of("bin-type", "garden", "collection-date-day", "20",
                "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes", "details", details,
                "address.line1", "2 New Road"));
        contact.then().statusCode(200).body(containsString("How we will keep you updated"));
        Response check = PagePosts.post(contact, MISSED_BIN, Map.of("email", "expired@example.com"));
        check.then().statusCode(200).body(containsString("Check your answers"));
        return check;
    }

    private static int filed(String details) {
        return given().auth().oauth2(TestTokens.caseworker("tamworth")).queryParam("q", details)
                .when().get("/api/v1/requests").then().statusCode(200).extract().path("total");
    }
}
