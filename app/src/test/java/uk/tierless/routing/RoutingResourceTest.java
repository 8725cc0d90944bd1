package uk.tierless.routing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RoutingResourceTest {

    @Test
    void aCountyServiceGoesToTheCounty() {
        given().queryParam("service", "report-pothole").queryParam("postcode", "B79 7AH")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("service", equalTo("report-pothole"))
                .body("tier", equalTo("county"))
                .body("council.slug", equalTo("staffordshire"))
                .body("council.name", equalTo("Staffordshire County Council"))
                .body("reason", equalTo("Report a pothole: county councils run this; B79 7AH is in Staffordshire."));
    }

    @Test
    void aDistrictServiceGoesToTheDistrict() {
        given().queryParam("service", "council-tax-payment").queryParam("postcode", "B79 7AH")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("tier", equalTo("district"))
                .body("council.slug", equalTo("tamworth"))
                .body("reason", equalTo("Pay your council tax: district councils run this; B79 7AH is in Tamworth."));
    }

    @Test
    void anAgencyAgreementGivesTheServiceToTheCouncilThatRunsIt() {
        given().queryParam("service", "fly-tipping").queryParam("postcode", "B98 7JX")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("council.slug", equalTo("bromsgrove"))
                .body("reason", equalTo("Report fly-tipping: B98 7JX is in Redditch, where Bromsgrove runs it under"
                        + " an agreement of Worcestershire Partnership."));
        given().queryParam("service", "missed-bin").queryParam("postcode", "B98 7JX")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("council.slug", equalTo("redditch"));
        given().queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("council.slug", equalTo("tamworth"));
    }

    @Test
    void aUnitaryAnswersForBothTiers() {
        for (String service : new String[] {"report-pothole", "missed-bin"}) {
            given().queryParam("service", service).queryParam("postcode", "ST4 1DJ")
                    .when().get("/api/v1/routing")
                    .then().statusCode(200)
                    .body("council.slug", equalTo("stoke-on-trent"))
                    .body("council.member", equalTo(false))
                    .body("reason", containsString("a unitary council that runs both county and district services"));
        }
    }

    @Test
    void whereTheDistrictDecidesAStraddlingPostcodeNeedsTheAddress() {
        given().queryParam("service", "council-tax-payment").queryParam("postcode", "B79 8FL")
                .when().get("/api/v1/routing")
                .then().statusCode(409)
                .body("error", equalTo("address_needed"))
                .body("addresses", hasSize(6))
                .body("addresses.uprn", hasItems("990000000183", "990000000184"));

        given().queryParam("service", "report-pothole").queryParam("postcode", "B79 8FL")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("council.slug", equalTo("staffordshire"));

        given().queryParam("service", "council-tax-payment").queryParam("uprn", "990000000184")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("council.slug", equalTo("lichfield"))
                .body("reason", containsString("this address is in Lichfield"));
    }

    @Test
    void aMapPointIsRoutedToo() {
        given().queryParam("service", "fly-tipping").queryParam("lat", "52.6336").queryParam("lon", "-1.6910")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("council.slug", equalTo("tamworth"));
    }

    @Test
    void anUnknownServicePointsToTheCatalogue() {
        given().queryParam("service", "dragon-removal").queryParam("postcode", "B79 7AH")
                .when().get("/api/v1/routing")
                .then().statusCode(404)
                .body("message", containsString("/api/v1/service-types"));
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/routing")
                .then().statusCode(400)
                .body("details[0].field", equalTo("service"));
    }

    @Test
    void theCatalogueListsEveryServiceWithItsGroupAndTier() {
        given().when().get("/api/v1/service-types")
                .then().statusCode(200)
                .body("$", hasSize(21))
                .body("find { it.code == 'report-pothole' }.tier", equalTo("county"))
                .body("find { it.code == 'report-pothole' }.group", equalTo("roads-and-transport"))
                .body("find { it.code == 'missed-bin' }.tier", equalTo("district"))
                .body("find { it.code == 'missed-bin' }.group", equalTo("bins-and-recycling"));
    }
}
