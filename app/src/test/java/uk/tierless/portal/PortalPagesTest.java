package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PortalPagesTest {

    @Test
    void thePostcodeLeadsToTheAddressesThenToBothCouncilsTiles() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("What is your postcode?"))
                .body(not(containsString("GOV.UK")));

        given().redirects().follow(false).queryParam("postcode", "b79 7ah").when().get("/find")
                .then().statusCode(200)
                .body(containsString("Choose your address"))
                .body(containsString("My address is not listed"));

        given().queryParam("postcode", "B79 7AH").when().get("/your-councils").then().statusCode(200)
                .body(containsString("<strong>Tamworth Borough Council</strong> and <strong>Staffordshire County Council</strong>"))
                .body(containsString("Report a missed bin"))
                .body(containsString("Run by Tamworth Borough Council"))
                .body(containsString("Report a pothole"))
                .body(containsString("Run by Staffordshire County Council"));
    }

    @Test
    void residentsOfTheSameCouncilsEachSeeTheirOwnPlaceOnTheTilesPage() {
        // The second page comes from the one kept for the first (RenderedPages): only the place differs.
        given().queryParam("postcode", "B77 1AB").when().get("/your-councils").then().statusCode(200)
                .body(containsString("B77 1AB is in Tamworth."))
                .body(containsString("/services/missed-bin?postcode=B77+1AB\""))
                .body(containsString("name=\"postcode\" value=\"B77 1AB\""));
        given().queryParam("postcode", "b77 1ad").when().get("/your-councils").then().statusCode(200)
                .body(containsString("B77 1AD is in Tamworth."))
                .body(containsString("/services/missed-bin?postcode=b77+1ad\""))
                .body(containsString("name=\"postcode\" value=\"b77 1ad\""))
                .body(not(containsString("B77 1AB")));
        // Through a council's profile: the links carry it, escaped as the page's own markup is.
        given().queryParam("postcode", "B77 1AD").queryParam("c", "lichfield").when().get("/your-councils")
                .then().statusCode(200)
                .body(containsString("/services/missed-bin?postcode=B77+1AD&amp;c=lichfield\""))
                .body(not(containsString("tierlessslot")));
    }

    @Test
    void aStraddlingPostcodeAlwaysAsksForTheAddress() {
        given().queryParam("postcode", "B79 8FL").when().get("/find").then().statusCode(200)
                .body(containsString("Homes in B79 8FL are in different council areas"))
                .body(not(containsString("My address is not listed")));
        given().redirects().follow(false).queryParam("postcode", "B79 8FL").when().get("/your-councils")
                .then().statusCode(303).header("Location", containsString("missing=1"));
        given().queryParam("postcode", "B79 8FL").queryParam("uprn", "990000000184").when().get("/your-councils")
                .then().statusCode(200)
                .body(containsString("<strong>Lichfield District Council</strong>"));
    }

    @Test
    void mistakesAreExplainedOnThePage() {
        given().queryParam("postcode", "").when().get("/find").then().statusCode(400)
                .body(containsString("govuk-error-summary")).body(containsString("Enter your postcode"));
        given().queryParam("postcode", "XYZ 123").when().get("/find").then().statusCode(400)
                .body(containsString("Enter a real postcode, like B79 7AH"));
        given().queryParam("postcode", "ZE1 0AA").when().get("/find").then().statusCode(404)
                .body(containsString("We could not find ZE1 0AA"));
    }

    @Test
    void aCouncilOutsideThePartnershipGetsAnHonestPage() {
        given().queryParam("postcode", "ST4 1DJ").when().get("/your-councils").then().statusCode(200)
                .body(containsString("<strong>Stoke-on-Trent City Council</strong> provides all council services for this address"))
                .body(containsString("href=\"https://www.gov.uk/find-local-council/stoke-on-trent\""))
                .body(containsString("Find Stoke-on-Trent City Council on GOV.UK (the find your local council page)"))
                .body(not(containsString("tierless-tile")));
        given().queryParam("postcode", "ST4 1DJ").when().get("/services/missed-bin").then().statusCode(200)
                .body(containsString("Stoke-on-Trent City Council runs this where you live"))
                .body(containsString("https://www.gov.uk/find-local-council/stoke-on-trent"));
    }

    @Test
    void eachModeOpensTheWayTheCouncilOffersIt() {
        given().queryParam("postcode", "B79 7AH").when().get("/services/missed-bin").then().statusCode(200)
                .body(containsString("Which bin was missed?"))
                .body(containsString("privacy notice"));
        given().queryParam("postcode", "B79 7AH").when().get("/services/council-tax-payment").then().statusCode(200)
                .body(containsString("Continue on Tamworth's website"));
    }

    @Test
    void aCouncilProfileGreetsTheResidentAsThatCouncil() {
        given().when().get("/c/lichfield").then().statusCode(200)
                .body(containsString("<a href=\"/c/lichfield\" class=\"tierless-header__name\">Lichfield District Council</a>"))
                .body(containsString("/brand/lichfield.css"))
                .body(containsString("name=\"c\" value=\"lichfield\""));
        given().when().get("/brand/lichfield.css").then().statusCode(200)
                .body(containsString(".tierless-header { background: #6a1e74"));
        given().when().get("/c/atlantis").then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    void enteredThroughOneCouncilWithAnAddressElsewhereTheHeaderStaysAndThePageSaysWhose() {
        given().queryParam("postcode", "B79 7AH").queryParam("c", "lichfield").when().get("/your-councils")
                .then().statusCode(200)
                .body(containsString("class=\"tierless-header__name\">Lichfield District Council</a>"))
                .body(containsString("Your address is in Tamworth: these are Tamworth's and Staffordshire's services."))
                .body(containsString("Run by Tamworth Borough Council"));
        given().queryParam("uprn", "990000000184").queryParam("c", "lichfield").when().get("/your-councils")
                .then().statusCode(200).body(not(containsString("govuk-inset-text")));
    }

    @Test
    void searchFindsServicesAcrossBothCouncils() {
        given().queryParam("q", "bin").queryParam("postcode", "B79 7AH").when().get("/search").then().statusCode(200)
                .body(containsString("Report a missed bin</a> – Tamworth Borough Council"))
                .body(not(containsString("Report a pothole")));
        given().queryParam("q", "pothole").when().get("/search").then().statusCode(200)
                .body(containsString("Report a pothole"))
                .body(containsString("Enter your postcode"));
    }

    @Test
    void aSearchResultLeadsThroughThePostcodeToThatService() {
        given().queryParam("q", "bin").when().get("/search").then().statusCode(200)
                .body(containsString("href=\"/?service=missed-bin\""));
        given().queryParam("service", "missed-bin").when().get("/").then().statusCode(200)
                .body(containsString("For <strong>Report a missed bin</strong>"))
                .body(containsString("name=\"service\" value=\"missed-bin\""));
        given().queryParam("postcode", "B79 7AH").queryParam("service", "missed-bin").when().get("/find")
                .then().statusCode(200).body(containsString("name=\"service\" value=\"missed-bin\""));
        given().redirects().follow(false).queryParam("uprn", "990000000184").queryParam("service", "missed-bin")
                .when().get("/your-councils").then().statusCode(303)
                .header("Location", endsWith("/services/missed-bin?uprn=990000000184"));
        given().queryParam("q", "tax").queryParam("c", "lichfield").when().get("/search").then().statusCode(200)
                .body(containsString("href=\"/c/lichfield?service=council-tax-payment\""));
    }

    @Test
    void searchKnowsResidentsWordsAndPlurals() {
        assertFinds("potholes", "Report a pothole");
        assertFinds("road hole", "Report a pothole");
        assertFinds("rubbish", "Report a missed bin");
        assertFinds("bins", "Order a new or replacement bin");
        assertFinds("litter", "Report fly-tipping");
        assertFinds("tip", "Report fly-tipping");
        assertFinds("council tax bill", "Pay your council tax");
    }

    private static void assertFinds(String words, String service) {
        given().queryParam("q", words).queryParam("postcode", "B79 7AH").when().get("/search").then().statusCode(200)
                .body(containsString(service + "</a> – "));
    }

    @Test
    void theTilesPageSearchesWithThePlaceKnown() {
        given().queryParam("postcode", "B79 7AH").when().get("/your-councils").then().statusCode(200)
                .body(containsString("action=\"/search\""))
                .body(containsString("name=\"postcode\" value=\"B79 7AH\""));
    }

    @Test
    void unknownPagesAreFriendlyAndTheAppInstalls() {
        given().when().get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(not(containsString("Exception")));
        given().when().get("/manifest.webmanifest").then().statusCode(200)
                .contentType(containsString("application/manifest+json"))
                .body(containsString("icon-192.png"));
        given().when().get("/icons/icon-512.png").then().statusCode(200).contentType(endsWith("png"));
    }
}
