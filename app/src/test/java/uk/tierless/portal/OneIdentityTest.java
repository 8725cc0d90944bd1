package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Residents see one identity: the partnership's header until a council profile is chosen, the council's after, on
 * every page of the journey and on its error pages; never the product's name.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OneIdentityTest {

    private static final String MISSED_BIN = "/form/check?service=missed-bin&postcode=B79 7AH";
    private static final Pattern HEADER = Pattern.compile("class=\"tierless-header__name\">([^<]*)</a>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    /** What a person reads or hears: the text between tags, and the attributes read out or shown. */
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile("(?:alt|aria-label|title|placeholder|value|content)=\"([^\"]*)\"");

    @Test
    void withNoCouncilChosenTheHeaderIsThePartnershipsAndTheStartPageWelcomes() {
        Response start = given().when().get("/");
        start.then().statusCode(200)
                .body(containsString("/brand/partnership/staffordshire-connects.css"))
                .body(containsString("Welcome to Staffordshire Connects"));
        assertThat(header(start)).isEqualTo("Staffordshire Connects");
        assertThat(title(start)).isEqualTo("Find services from your councils – Staffordshire Connects");
        given().when().get("/brand/partnership/staffordshire-connects.css").then().statusCode(200)
                .body(containsString(".tierless-header { background: #1d4f91"));
        given().when().get("/brand/partnership/atlantis.css").then().statusCode(404);
    }

    @Test
    void theHostNamesThePartnershipAndAPostcodeNamesTheResidentsPartnership() {
        Response worcestershire = given().header("Host", "worcestershire.localhost").when().get("/");
        assertThat(header(worcestershire)).isEqualTo("Worcestershire Partnership");
        worcestershire.then().body(containsString("Welcome to the Worcestershire Partnership"));
        given().header("Host", "worcestershire.localhost").when().get("/manifest.webmanifest").then()
                .body(containsString("\"name\": \"Worcestershire Partnership\""))
                .body(containsString("\"short_name\": \"Worcestershire\""));

        assertThat(header(given().queryParam("postcode", "WR1 1AA").when().get("/your-councils")))
                .isEqualTo("Worcestershire Partnership");
        assertThat(header(given().header("Host", "worcestershire.localhost").queryParam("postcode", "B79 7AH")
                .when().get("/your-councils"))).isEqualTo("Staffordshire Connects");
        Response throughLichfield = given().queryParam("postcode", "B79 7AH").queryParam("c", "lichfield")
                .when().get("/your-councils");
        assertThat(header(throughLichfield)).isEqualTo("Lichfield District Council");
        assertThat(title(throughLichfield)).isEqualTo("Your councils – Lichfield District Council");
        throughLichfield.then().body(containsString("Staffordshire Connects: one front door"));
    }

    @Test
    void noResidentPageNamesTheProduct() {
        List<Response> pages = new ArrayList<>();
        for (String path : List.of("/", "/c/lichfield", "/find?postcode=B79+7AH", "/your-councils?postcode=B79+7AH",
                "/search?q=bin", "/services/council-tax-payment?postcode=B79+7AH", "/track", "/accessibility",
                "/privacy", "/no-such-page", "/c/lichfield/no-such-page")) {
            pages.add(given().when().get(path));
        }
        Response form = given().when().get("/form?service=missed-bin&postcode=B79 7AH");
        Response contact = PagePosts.post(form, MISSED_BIN, Map.of("address.line1", "1 Market Street", "bin-type", "garden", "collection-date-day", "20",
                "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes"));
        Response check = PagePosts.post(contact, MISSED_BIN, Map.of("email", "identity@example.com"));
        String confirmation = PagePosts.post(check, "/form/submit?service=missed-bin&postcode=B79 7AH", Map.of())
                .then().statusCode(303).extract().header("Location");
        pages.addAll(List.of(form, contact, check, given().when().get(confirmation),
                given().when().get(confirmation.substring(0, confirmation.indexOf('?')))));

        for (Response page : pages) {
            assertThat(page.contentType()).contains("text/html");
            assertThat(shownText(page.asString())).doesNotContainIgnoringCase("tierless");
            assertThat(header(page)).isIn("Staffordshire Connects", "Lichfield District Council");
        }
        assertThat(header(given().when().get(confirmation))).isEqualTo("Staffordshire Connects");
    }

    @Test
    void errorAndTrackingPagesCarryTheJourneysHeader() {
        Response underLichfield = given().when().get("/c/lichfield/no-such-page");
        underLichfield.then().statusCode(404).body(containsString("/brand/lichfield.css"));
        assertThat(header(underLichfield)).isEqualTo("Lichfield District Council");
        assertThat(title(underLichfield)).isEqualTo("Page not found – Lichfield District Council");

        Response afterLichfield = given().queryParam("postcode", "B79 7AH").queryParam("c", "lichfield")
                .when().get("/services/no-such-service");
        afterLichfield.then().statusCode(404);
        assertThat(header(afterLichfield)).isEqualTo("Lichfield District Council");

        Response afterWorcester = given().queryParam("postcode", "WR1 1AA").when().get("/services/no-such-service");
        afterWorcester.then().statusCode(404).body(containsString("/brand/partnership/worcestershire.css"));
        assertThat(header(afterWorcester)).isEqualTo("Worcestershire Partnership");

        Response failure = given().queryParam("c", "lichfield").when().get(FailingPage.PATH);
        failure.then().statusCode(500).body(containsString("Sorry, there is a problem with the service"));
        assertThat(header(failure)).isEqualTo("Lichfield District Council");
        assertThat(header(given().queryParam("postcode", "WR1 1AA").when().get(FailingPage.PATH)))
                .isEqualTo("Worcestershire Partnership");

        Response unknown = given().when().get("/no-such-page");
        unknown.then().statusCode(404);
        assertThat(header(unknown)).isEqualTo("Staffordshire Connects");
        assertThat(header(given().when().get("/track"))).isEqualTo("Staffordshire Connects");
    }

    @Test
    void aTrackedRequestCarriesItsCouncilsPartnershipOrTheProfileItWasMadeThrough() {
        Response form = given().when().get("/form?service=missed-bin&postcode=B79 7AH&c=lichfield");
        Response contact = PagePosts.post(form, MISSED_BIN + "&c=lichfield", Map.of("address.line1", "1 Market Street", "bin-type", "garden",
                "collection-date-day", "20", "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes"));
        Response check = PagePosts.post(contact, MISSED_BIN + "&c=lichfield", Map.of("email", "identity@example.com"));
        assertThat(header(check)).isEqualTo("Lichfield District Council");
        String confirmation = PagePosts.post(check, "/form/submit?service=missed-bin&postcode=B79 7AH&c=lichfield", Map.of())
                .then().statusCode(303).extract().header("Location");

        assertThat(header(given().when().get(confirmation))).isEqualTo("Lichfield District Council");
        Response tracked = given().header("Host", "worcestershire.localhost").when()
                .get(confirmation.substring(0, confirmation.indexOf('?')));
        tracked.then().statusCode(200).body(containsString("Tamworth Borough Council"));
        assertThat(header(tracked)).isEqualTo("Staffordshire Connects");
    }

    /** A page that fails, as any page might: only the tests have it. */
    @Path(FailingPage.PATH)
    public static class FailingPage {

        static final String PATH = "/test-only/failing-page";

        @GET
        @Produces(MediaType.TEXT_HTML)
        public String fail() {
            throw new IllegalStateException("a failure for the error page's header");
        }
    }

    private static String header(Response page) {
        return first(HEADER, page.asString());
    }

    private static String title(Response page) {
        return first(TITLE, page.asString());
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("the page has " + pattern).isTrue();
        return matcher.group(1);
    }

    private static String shownText(String html) {
        StringBuilder shown = new StringBuilder(html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", "")
                .replaceAll("<[^>]*>", " "));
        Matcher attributes = SHOWN_ATTRIBUTE.matcher(html);
        while (attributes.find()) {
            shown.append(' ').append(attributes.group(1));
        }
        return shown.toString();
    }
}
