package uk.tierless.casework;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.notifications.MailFiles.waitForEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;

/** The queue's pages, signed in through the browser's code flow, and what the resident gets from them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class WorkQueuePagesTest {

    @Test
    void aCaseworkerFindsTheRequestUpdatesItAndTheResidentIsToldByEmail() throws Exception {
        String reference = WorkQueueResourceTest.missedBin("pages@example.com");
        Map<String, String> tamworth = StaffSignIn.as("tamworth.caseworker");

        given().cookies(tamworth).queryParam("q", reference).when().get("/staff/requests")
                .then().statusCode(200).body(containsString("/staff/request?ref=" + reference))
                .body(containsString("1 request, newest first"));
        Response page = given().cookies(tamworth).queryParam("ref", reference).when().get("/staff/request");
        page.then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">" + reference + "</h1>"))
                .body(containsString("pages@example.com"))
                .body(containsString("Left by the blue gate"))
                .body(containsString(">Garden waste</dd>")).body(containsString(">20 November 2026</dd>"))
                .body(containsString(">Yes</dd>")).body(not(containsString(">2026-11-20</dd>")));
        // The due day in words, and nothing after it: no time of day.
        assertThat(page.asString()).containsPattern("Due</dt>\\s*<dd[^>]*>(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \\d{1,2} [A-Z][a-z]+<");
        given().cookies(tamworth).queryParam("ref", reference).queryParam("reply", "Will collect").when().get("/staff/request")
                .then().statusCode(200).body(containsString(">Our crew will return to empty your bin by "));
        Map<String, String> cookies = new java.util.HashMap<>(tamworth);
        cookies.putAll(page.getCookies());
        String token = field(page.asString(), "csrf-token");

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("status", "fixed").formParam("assignee", "keep")
                .when().post("/staff/request/events")
                .then().statusCode(400);

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("status", "fixed").formParam("publicNote", "Collected this afternoon.")
                .formParam("privateNote", "Crew missed the cul-de-sac").formParam("assignee", "keep")
                .when().post("/staff/request/events")
                .then().statusCode(303).header("Location", containsString("/staff/request?ref=" + reference + "&updated=1"));
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("status", "in_progress").formParam("assignee", "keep")
                .when().post("/staff/request/events")
                .then().statusCode(409).body(containsString("govuk-error-summary"))
                .body(containsString("cannot become in_progress"));

        given().cookies(cookies).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(200).body(containsString("Staff only: Crew missed the cul-de-sac"))
                .body(containsString("To the resident: Collected this afternoon."));

        Path email = waitForEmail(reference, "Collected this afternoon.");
        assertThat(Files.readString(email)).contains("Tamworth Borough Council").contains("/track/")
                .doesNotContain("cul-de-sac");
    }

    @Test
    void aRequestIsPassedToTheCountyFromItsPage() {
        String reference = WorkQueueResourceTest.missedBin("passed@example.com");
        Map<String, String> cookies = new java.util.HashMap<>(StaffSignIn.as("tamworth.caseworker"));
        Response page = given().cookies(cookies).queryParam("ref", reference).when().get("/staff/request");
        page.then().statusCode(200).body(containsString("Not your council's?"))
                .body(containsString("<option value=\"\">Choose a council</option>"))
                .body(containsString("<option value=\"staffordshire\">Staffordshire County Council (county)</option>"))
                .body(containsString("<option value=\"lichfield\">Lichfield District Council (district)</option>"))
                .body(not(containsString("<option value=\"tamworth\">")));
        // The services are each council's own, under its name: the pothole at the county, the missed bin at Lichfield.
        String html = page.asString();
        String county = html.substring(html.indexOf("<optgroup label=\"Staffordshire County Council\""));
        county = county.substring(0, county.indexOf("</optgroup>"));
        assertThat(county).contains("value=\"report-pothole\"").doesNotContain("value=\"missed-bin\"");
        String lichfield = html.substring(html.indexOf("<optgroup label=\"Lichfield District Council\""));
        assertThat(lichfield.substring(0, lichfield.indexOf("</optgroup>"))).contains("value=\"missed-bin\"")
                .doesNotContain("value=\"report-pothole\"");
        cookies.putAll(page.getCookies());
        String token = field(html, "csrf-token");

        // Nothing chosen, or a service the chosen council does not take: GOV.UK errors, and nothing is passed.
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("transferTo", "").formParam("service", "")
                .when().post("/staff/request/events").then().statusCode(400)
                .body(containsString("govuk-error-summary")).body(containsString("<a href=\"#transferTo\">Select the council to pass it to</a>"))
                .body(containsString("id=\"transferTo-error\"")).body(containsString("govuk-select--error"));
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("transferTo", "staffordshire").formParam("service", "missed-bin")
                .when().post("/staff/request/events").then().statusCode(400)
                .body(containsString("Staffordshire County Council does not take requests for that service"))
                .body(containsString("<option value=\"staffordshire\" selected>"));

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("transferTo", "staffordshire").formParam("service", "report-pothole")
                .when().post("/staff/request/events").then().statusCode(303);
        given().cookies(cookies).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(200).body(containsString("Passed to Staffordshire County Council as SCC-"))
                .body(not(containsString("passed@example.com")));
    }

    @Test
    void theQueuesServiceFilterListsOnlyTheServicesTheCouncilTakesRequestsFor() {
        String filter = given().cookies(StaffSignIn.as("tamworth.caseworker")).when().get("/staff/requests")
                .then().statusCode(200).extract().asString();
        filter = filter.substring(filter.indexOf("<select class=\"govuk-select\" id=\"service\""));
        filter = filter.substring(0, filter.indexOf("</select>"));
        assertThat(filter).contains("value=\"missed-bin\"").contains("value=\"fly-tipping\"")
                .doesNotContain("value=\"report-pothole\"").doesNotContain("value=\"register-birth\"")
                // a link service of Tamworth's takes no requests
                .doesNotContain("value=\"council-tax-payment\"");
    }

    @Test
    void theQueueAndTheRequestPageShowTheAddressNotAUprn() {
        String reference = WorkQueueResourceTest.missedBinAt("990000000003");
        Map<String, String> tamworth = StaffSignIn.as("tamworth.caseworker");

        given().cookies(tamworth).queryParam("q", "example mews").queryParam("state", "all").when().get("/staff/requests")
                .then().statusCode(200).body(containsString("/staff/request?ref=" + reference))
                .body(containsString("15 Example Mews, Tamworth, B79 7AH")).body(not(containsString("UPRN 990000000003")));
        given().cookies(tamworth).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(200).body(containsString("15 Example Mews, Tamworth<br>B79 7AH"))
                .body(not(containsString("990000000003")));
    }

    @Test
    void aStandardReplyBringsItsStatusWhichTheCaseworkerCanStillChange() {
        String reference = WorkQueueResourceTest.missedBin("reply@example.com");
        Map<String, String> cookies = new java.util.HashMap<>(StaffSignIn.as("tamworth.caseworker"));
        Response page = given().cookies(cookies).queryParam("ref", reference).queryParam("reply", "Collected")
                .when().get("/staff/request");
        page.then().statusCode(200)
                .body(containsString("<option value=\"Collected\" data-text=\"We have now collected your bin."))
                .body(containsStringIgnoringCase("data-status=\"fixed\" selected>Collected (sets fixed)</option>"))
                .body(containsString("<option value=\"fixed\" selected>"))
                .body(containsString(">We have now collected your bin. Thank you for telling us. Reference " + reference + ".</textarea>"))
                .body(containsString("<script src=\"/js/standard-replies.js\"></script>"));
        // Without a reply the status stays as it is.
        given().cookies(cookies).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(200).body(containsString("<option value=\"keep\">Keep as"))
                .body(not(containsString("<option value=\"fixed\" selected>")));

        // The caseworker changes the status before saving: what the form sends is what is saved.
        cookies.putAll(page.getCookies());
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", field(page.asString(), "csrf-token"))
                .formParam("status", "in_progress").formParam("publicNote", "We have now collected your bin.")
                .formParam("assignee", "keep")
                .when().post("/staff/request/events").then().statusCode(303);
        given().cookies(cookies).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(200).body(containsString("tierless-status--in_progress"));
    }

    @Test
    void lichfieldsCaseworkerNeverSeesATamworthRequest() {
        String reference = WorkQueueResourceTest.missedBin("hidden@example.com");
        Map<String, String> lichfield = StaffSignIn.as("lichfield.caseworker");

        given().cookies(lichfield).when().get("/staff/requests")
                .then().statusCode(200).body(not(containsString(reference)));
        given().cookies(lichfield).queryParam("q", reference).when().get("/staff/requests")
                .then().statusCode(200).body(containsString("No requests match."));
        given().cookies(lichfield).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(404).body(not(containsString("hidden@example.com")));
        given().cookies(lichfield).when().get("/staff/outbox").then().statusCode(403);
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
        return matcher.group(1);
    }
}
