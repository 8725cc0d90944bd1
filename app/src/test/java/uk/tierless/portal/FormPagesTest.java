package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FormPagesTest {

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        Response form = given().queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH").when().get("/form");
        form.then().statusCode(200).body(containsString("name=\"csrf-token\""));

        given().cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("bin-type", "general").queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH")
                .when().post("/form/check").then().statusCode(400);
    }

    @Test
    void answersAreKeptWhenSomeAreWrong() {
        Response form = given().queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH").when().get("/form");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("idempotencyKey", "kept-answers-test")
                .formParam("bin-type", "garden").formParam("details", "Left by the gate")
                .queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH")
                .when().post("/form/check")
                .then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("Answer ‘Was your bin out by 7am"))
                .body(containsString("value=\"garden\" checked"))
                .body(containsString("Left by the gate"));
    }
}
