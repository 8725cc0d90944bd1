package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * A reference and a postcode can be guessed, so they show only the status; the email address, the phone number or
 * the tracking link show the council's notes too.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TrackingPrivacyTest {

    private static final String NOTE = RequestWithNotes.PUBLIC_NOTE;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aReferenceAndPostcodeShowTheStatusOnlyAndTheEmailOrPhoneShowTheNotes() {
        RequestWithNotes request = RequestWithNotes.make();
        String reference = request.reference();

        track(Map.of("reference", reference, "postcode", "b79 7ah")).then().statusCode(200)
                .body("reference", equalTo(reference)).body("council.slug", equalTo("tamworth"))
                .body("service", equalTo("missed-bin")).body("status", equalTo("in_progress"))
                .body("$", not(hasKey("updates"))).body(not(containsString(NOTE)));

        track(Map.of("reference", reference, "email", "Caller@Example.com")).then().statusCode(200)
                .body("updates.note", hasItem(NOTE));
        // UK numbers match however they are written: spaces, +44 or 0, (0).
        for (String phone : new String[]{"01827709709", "+44 1827 709709", "+44 (0)1827 709 709", "0044 1827-709709"}) {
            track(Map.of("reference", reference, "phone", phone)).then().statusCode(200)
                    .body("updates.status", contains("submitted", "in_progress"));
        }
        track(Map.of("reference", reference, "phone", "01827 709708")).then().statusCode(404)
                .body("message", equalTo("We could not find a request with that reference and phone number."));
        track(Map.of("reference", reference)).then().statusCode(400)
                .body("message", equalTo("Give the reference, and the email address, phone number or postcode you gave with it."));

        given().when().get(request.trackUrl()).then().statusCode(200).body(containsString(NOTE));
    }

    @Test
    void theTrackingLinksUpdatesShowTheStatusesAsLabelsWithTheirDaysInWords() {
        String page = given().when().get(RequestWithNotes.make().trackUrl()).then().statusCode(200).extract().asString();
        assertThat(page).contains("Status: <strong class=\"govuk-tag\">In progress</strong>")
                .containsPattern("<li>\\d{1,2} [A-Z][a-z]+ \\d{4}: <strong class=\"govuk-tag\">Received</strong> We have your request.</li>")
                .containsPattern("<li>\\d{1,2} [A-Z][a-z]+ \\d{4}: <strong class=\"govuk-tag\">In progress</strong> " + NOTE + "</li>")
                .doesNotContain("in_progress").doesNotContain(": submitted");
    }

    @Test
    void theTrackingPageShowsTheNotesOnlyForTheEmailOrPhone() {
        String reference = RequestWithNotes.make().reference();
        Response form = given().when().get("/track");
        form.then().statusCode(200).body(containsString("Email address or phone number you gave"));

        trackPage(form).formParam("reference", reference).formParam("contact", "").formParam("postcode", "B79 7AH")
                .when().post("/track").then().statusCode(200)
                .body(containsString("Request " + reference)).body(containsString("<strong class=\"govuk-tag\">In progress</strong>"))
                .body(not(containsString(NOTE))).body(containsString("look it up again"));
        trackPage(form).formParam("reference", reference).formParam("contact", "01827 709 709").formParam("postcode", "")
                .when().post("/track").then().statusCode(200).body(containsString(NOTE));
        trackPage(form).formParam("reference", reference).formParam("contact", "caller@example.com").formParam("postcode", "")
                .when().post("/track").then().statusCode(200).body(containsString(NOTE));
    }

    private static Response track(Map<String, String> body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/requests/track");
    }

    private static RequestSpecification trackPage(Response form) {
        Matcher csrf = CSRF.matcher(form.asString());
        csrf.find();
        return given().cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1));
    }
}
