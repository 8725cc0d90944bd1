package uk.tierless.gazetteer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** On the demo data (ops/demo): the real ONSPD sample and boundaries, and synthetic addresses. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PlacesResourceTest {

    @Test
    void aPostcodeNamesItsDistrictAndCountyWithItsAddresses() {
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places")
                .then().statusCode(200)
                .body("postcode", equalTo("B79 7AH"))
                .body("location.easting", equalTo(420122))
                .body("location.northing", equalTo(304591))
                .body("location.lat", equalTo(52.638696f))
                .body("district.slug", equalTo("tamworth"))
                .body("district.gss", equalTo("E07000199"))
                .body("district.member", equalTo(true))
                .body("county.slug", equalTo("staffordshire"))
                .body("county.name", equalTo("Staffordshire County Council"))
                .body("addresses", hasSize(10))
                .body("addresses.uprn", everyItem(matchesPattern("99\\d{10}")))
                .body("straddles", equalTo(false));
    }

    @Test
    void anyCaseAndSpacingIsAccepted() {
        given().queryParam("postcode", " b797ah").when().get("/api/v1/places")
                .then().statusCode(200).body("postcode", equalTo("B79 7AH"));
    }

    @Test
    void aPostcodeWhoseAddressesLieInTwoDistrictsStraddles() {
        given().queryParam("postcode", "B79 8FL").when().get("/api/v1/places")
                .then().statusCode(200)
                .body("district.slug", equalTo("tamworth")) // the directory decides for the postcode
                .body("addresses", hasSize(6))
                .body("straddles", equalTo(true));
    }

    @Test
    void aUnitaryOutsideThePartnershipsIsANormalAnswer() {
        given().queryParam("postcode", "ST4 1DJ").when().get("/api/v1/places")
                .then().statusCode(200)
                .body("district.slug", equalTo("stoke-on-trent"))
                .body("district.name", equalTo("Stoke-on-Trent City Council"))
                .body("district.tier", equalTo("unitary"))
                .body("district.member", equalTo(false))
                .body("district.website", equalTo("https://www.gov.uk/find-local-council/stoke-on-trent"))
                .body("county", nullValue());
    }

    @Test
    void aMalformedPostcodeIsA400ThatSaysSo() {
        given().queryParam("postcode", "XYZ 123").when().get("/api/v1/places")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", equalTo("\"XYZ 123\" is not a UK postcode."))
                .body("details[0].field", equalTo("postcode"));
    }

    @Test
    void anUnknownPostcodeIsA404ThatSaysWhich() {
        given().queryParam("postcode", "ZE1 0AA").when().get("/api/v1/places")
                .then().statusCode(404)
                .body("error", equalTo("not_found"))
                .body("message", equalTo("ZE1 0AA is not in the postcode directory."));
    }

    @Test
    void aMapPointIsPlacedByTheBoundaries() {
        given().queryParam("lat", "52.6336").queryParam("lon", "-1.6910").when().get("/api/v1/places")
                .then().statusCode(200)
                .body("postcode", nullValue())
                .body("district.slug", equalTo("tamworth"))
                .body("county.slug", equalTo("staffordshire"))
                .body("location.easting", allOf(greaterThan(420000), lessThan(422000)));

        given().queryParam("easting", "387794").queryParam("northing", "345156").when().get("/api/v1/places")
                .then().statusCode(200)
                .body("district.slug", equalTo("stoke-on-trent"))
                .body("county", nullValue());
    }

    @Test
    void aPointOutsideEveryBoundaryIsA404() {
        given().queryParam("lat", "51.5074").queryParam("lon", "-0.1278").when().get("/api/v1/places")
                .then().statusCode(404)
                .body("message", equalTo("The point 51.507400, -0.127800 is not inside any council area this service covers."));
    }

    @Test
    void incompleteOrWrongCoordinatesAreA400() {
        given().queryParam("lat", "52.6").when().get("/api/v1/places")
                .then().statusCode(400)
                .body("details.field", hasItem("lon"));
        given().queryParam("lat", "north").queryParam("lon", "-1.7").when().get("/api/v1/places")
                .then().statusCode(400)
                .body("details[0].message", equalTo("lat must be a number"));
        given().when().get("/api/v1/places")
                .then().statusCode(400)
                .body("message", equalTo("Say where: give a postcode, lat and lon, or easting and northing."));
    }

    @Test
    void anAddressIsPlacedByItsOwnPoint() {
        given().when().get("/api/v1/places/990000000184")
                .then().statusCode(200)
                .body("uprn", equalTo("990000000184"))
                .body("postcode", equalTo("B79 8FL"))
                .body("district.slug", equalTo("lichfield"))
                .body("county.slug", equalTo("staffordshire"));
        given().when().get("/api/v1/places/990000000183")
                .then().statusCode(200)
                .body("district.slug", equalTo("tamworth"));
    }

    @Test
    void anUnknownOrMalformedUprnIsExplained() {
        given().when().get("/api/v1/places/123456789012")
                .then().statusCode(404)
                .body("message", equalTo("There is no address with UPRN 123456789012."));
        given().when().get("/api/v1/places/12ab")
                .then().statusCode(400)
                .body("details[0].field", equalTo("uprn"));
    }
}
