package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.photos.Photos;
import uk.tierless.photos.TestPhotos;
import uk.tierless.platform.PostgresTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FormPagesTest {

    private static final String POTHOLE = "service=report-pothole&postcode=B79 7AH";

    @Inject
    Photos photos;

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

        post(form, "/form/check?service=missed-bin&postcode=B79 7AH", Map.of("bin-type", "garden",
                "details", "Left by the gate", "collection-date-day", "31", "collection-date-month", "2",
                "collection-date-year", "2026"))
                .then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("The date it should have been collected must be a real date"))
                .body(containsString("Select yes or no"))
                .body(containsString("value=\"garden\" checked"))
                .body(containsString("id=\"collection-date-day\" name=\"collection-date-day\" type=\"text\" inputmode=\"numeric\" value=\"31\""))
                .body(containsString("Left by the gate"));
    }

    @Test
    void aMissedCollectionDateInTheFutureIsRefusedOnThePageAsOnTheApi() {
        Response form = given().queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH").when().get("/form");
        LocalDate nextWeek = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
        post(form, "/form/check?service=missed-bin&postcode=B79 7AH", Map.of("bin-type", "garden", "bin-out", "yes",
                "address.line1", "2 New Road", "collection-date-day", String.valueOf(nextWeek.getDayOfMonth()),
                "collection-date-month", String.valueOf(nextWeek.getMonthValue()),
                "collection-date-year", String.valueOf(nextWeek.getYear())))
                .then().statusCode(400)
                .body(containsString("<a href=\"#collection-date\">The date it should have been collected must be in the past</a>"));
    }

    @Test
    void anAddressThatIsNotListedIsAskedForInWordsKeptWithItsPostcodeAndShownToTheCaseworker() {
        String where = "service=missed-bin&postcode=B79 7AH";
        Response first = given().when().get("/form?" + where);
        first.then().statusCode(200).body(containsString("What is your address?"))
                .body(containsString("<label class=\"govuk-label\" for=\"address.line1\">Building and street</label>"))
                .body(containsString("Postcode: <strong>B79 7AH</strong>"));
        Map<String, String> answers = Map.of("bin-type", "garden", "collection-date-day", "20",
                "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes");
        post(first, "/form/check?" + where, answers).then().statusCode(400)
                .body(containsString("<a href=\"#address.line1\">Enter the building and street</a>"));

        String street = "Flat 2, " + UUID.randomUUID().toString().substring(0, 8) + " New Road";
        Map<String, String> withAddress = new HashMap<>(answers);
        withAddress.putAll(Map.of("address.line1", street, "address.town", "Tamworth"));
        Response contact = post(first, "/form/check?" + where, withAddress);
        contact.then().statusCode(200).body(containsString("How we will keep you updated"))
                .body(containsString("name=\"address.line1\" value=\"" + street + "\""));
        Response check = post(contact, "/form/check?" + where, Map.of("email", "resident@example.com"));
        check.then().statusCode(200).body(containsString("Check your answers"))
                .body(containsString(street + ", Tamworth"));
        String sent = post(check, "/form/submit?" + where, Map.of()).then().statusCode(303)
                .extract().header("Location");
        given().when().get(sent).then().statusCode(200).body(containsString(street + ", Tamworth"));

        String token = TestTokens.caseworker("tamworth");
        String reference = given().auth().oauth2(token).queryParam("q", street).when().get("/api/v1/requests")
                .then().statusCode(200).body("items[0].address", equalTo(street + ", Tamworth"))
                .extract().path("items[0].reference");
        given().auth().oauth2(token).when().get("/api/v1/requests/" + reference).then().statusCode(200)
                .body("address", equalTo(street + ", Tamworth"))
                .body("postcode", equalTo("B79 7AH"));
    }

    @Test
    void aComplexQuestionHasAPageOfItsOwnAndAPhotoLosesItsLocation() {
        Response first = given().when().get("/form?" + POTHOLE);
        first.then().statusCode(200).body(containsString("Where is the pothole?"))
                .body(not(containsString("How big is it?")));

        Response second = post(first, "/form/check?" + POTHOLE, Map.of("location", "By the bus stop on Market Street"));
        second.then().statusCode(200).body(containsString("How big is it?"))
                .body(containsString("name=\"location\" value=\"By the bus stop on Market Street\""));

        Response photoPage = post(second, "/form/check?" + POTHOLE, Map.of("size", "large", "position", "road"));
        photoPage.then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("type=\"file\""));

        byte[] tooLarge = new byte[(int) Photos.MAX_BYTES + 1];
        System.arraycopy(TestPhotos.image("jpg"), 0, tooLarge, 0, 3);
        upload(photoPage, tooLarge, "big.jpg").then().log().ifValidationFails().statusCode(400)
                .body(containsString("The selected file must be smaller than 10 MB"))
                .body(containsString("name=\"size\" value=\"large\""))
                .body(containsString("name=\"location\" value=\"By the bus stop on Market Street\""));
        upload(photoPage, "not a picture".getBytes(), "pothole.jpg").then().statusCode(400)
                .body(containsString("The selected file must be a JPEG, PNG or HEIC"))
                .body(containsString("name=\"position\" value=\"road\""));

        Response contact = upload(photoPage, TestPhotos.jpegWithLocation(), "pothole.jpg");
        contact.then().statusCode(200).body(containsString("How we will keep you updated"));
        String photoId = hidden(contact).stream().filter(field -> field[0].equals("photo")).findFirst().orElseThrow()[1];
        byte[] stored = photos.open(photoId).orElseThrow().content();
        assertThat(TestPhotos.contains(stored, TestPhotos.WHERE_TAKEN)).isFalse();
        assertThat(stored.length).isPositive();

        Response check = post(contact, "/form/check?" + POTHOLE, Map.of("email", "resident@example.com"));
        check.then().statusCode(200).body(containsString("Check your answers"))
                .body(containsString("Photo added")).body(containsString("Bigger than a dinner plate"))
                .body(containsString("By the bus stop on Market Street"));

        // "Change" goes back to the page of that answer and, once it is valid, straight back to the check page.
        Response change = post(check, "/form/edit?" + POTHOLE, Map.of("page", "2"));
        change.then().statusCode(200).body(containsString("How big is it?"))
                .body(containsString("name=\"returnToCheck\" value=\"1\""));
        post(change, "/form/check?" + POTHOLE, Map.of("size", "small", "position", "road"))
                .then().statusCode(200).body(containsString("Check your answers")).body(containsString("Smaller than a dinner plate"));

        String sent = post(check, "/form/submit?" + POTHOLE, Map.of()).then().statusCode(303)
                .header("Location", containsString("/track/")).extract().header("Location");

        // The confirmation says what happens next, in words.
        String confirmation = given().when().get(sent).then().statusCode(200).extract().asString();
        assertThat(confirmation).contains("<dd class=\"govuk-summary-list__value\">Report a pothole</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">Staffordshire County Council</dd>")
                .contains("<strong class=\"govuk-tag\">Received</strong>")
                .containsPattern("We aim to do this by (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+\\.")
                .contains("We have sent a confirmation email to r\u2022\u2022\u2022@example.com.")
                .contains(">Back to your council services</a>");
        given().when().get(sent.substring(0, sent.indexOf('?'))).then().statusCode(200)
                .body(containsString("Report a pothole. Status: <strong class=\"govuk-tag\">Received</strong>"))
                .body(containsString("Staffordshire County Council aims to do this by "));
    }

    @Test
    void eachServicesFirstPageNamesTheCouncilThatRunsItAndBackIsABackLinkThatKeepsTheAnswers() {
        Response first = given().when().get("/form?" + POTHOLE);
        first.then().statusCode(200)
                .body(containsString("<span class=\"govuk-caption-l\">Staffordshire County Council</span>"))
                .body(containsString("<h1 class=\"govuk-heading-l\">Report a pothole</h1>"));
        given().queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH").when().get("/form").then()
                .statusCode(200).body(containsString("<span class=\"govuk-caption-l\">Tamworth Borough Council</span>"));

        Response second = post(first, "/form/check?" + POTHOLE, Map.of("location", "By the bus stop on Market Street"));
        second.then().statusCode(200).body(containsString("class=\"govuk-back-link tierless-back-button\">Back</button>"))
                .body(not(containsString("govuk-button--secondary")));

        // Back posts the answers so far from a form of its own, so Enter on the page still means Continue.
        String back = second.asString().substring(second.asString().indexOf("action=\"/form/edit"));
        assertThat(back.substring(0, back.indexOf("</form>")))
                .contains("name=\"location\" value=\"By the bus stop on Market Street\"")
                .contains("name=\"page\" value=\"1\"");
        post(second, "/form/edit?" + POTHOLE, Map.of("page", "1")).then().statusCode(200)
                .body(containsString(">By the bus stop on Market Street</textarea>"));
    }

    @Test
    void theChosenAddressIsOnTheFirstPageAndOnCheckYourAnswersWithAWayToChooseAgain() {
        io.restassured.path.json.JsonPath places = given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places")
                .then().statusCode(200).extract().jsonPath();
        String uprn = places.getString("addresses[0].uprn");
        String address = places.getString("addresses[0].address");
        String where = "service=report-pothole&uprn=" + uprn;

        Response first = given().when().get("/form?" + where);
        first.then().statusCode(200).body(containsString("Your address: <strong>" + address + "</strong>"))
                .body(containsString("href=\"/find?postcode=B79+7AH\""));

        Response second = post(first, "/form/check?" + where, Map.of("location-at-address", "yes"));
        Response photo = post(second, "/form/check?" + where, Map.of("size", "large", "position", "road"));
        Response contact = upload(photo, TestPhotos.image("jpg"), "pothole.jpg", where);
        post(contact, "/form/check?" + where, Map.of()).then().statusCode(200)
                .body(containsString("Check your answers"))
                .body(containsString("<dt class=\"govuk-summary-list__key\">Address</dt>"))
                .body(containsString("<dd class=\"govuk-summary-list__value\">" + address + "</dd>"))
                .body(containsString("<a class=\"govuk-link\" href=\"/find?postcode=B79+7AH\">Change"));

        // The confirmation and the tracking link show it too.
        Response check = post(contact, "/form/check?" + where, Map.of());
        String confirmation = post(check, "/form/submit?" + where, Map.of()).then().statusCode(303).extract().header("Location");
        given().when().get(confirmation).then().statusCode(200).body(containsString("Request sent"))
                .body(containsString("<dd class=\"govuk-summary-list__value\">" + address + "</dd>"));
        given().when().get(confirmation.substring(0, confirmation.indexOf('?'))).then().statusCode(200)
                .body(containsString("Address: <strong>" + address + "</strong>"));
    }

    /** Posts a page as a browser would: its hidden fields (answers so far, CSRF token), then the fields given. */
    private static Response post(Response page, String action, Map<String, String> fields) {
        return PagePosts.post(page, action, fields);
    }

    /** A multipart post with its length known up front, as browsers send it (the size guard refuses chunked bodies). */
    private static Response upload(Response page, byte[] file, String name) {
        return upload(page, file, name, POTHOLE);
    }

    private static Response upload(Response page, byte[] file, String name, String where) {
        String boundary = "----tierless-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : hidden(page)) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + name
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return given().cookies(page.getCookies()).contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray()).when().post("/form/check?" + where);
    }

    private static List<String[]> hidden(Response page) {
        return PagePosts.hidden(page);
    }
}
