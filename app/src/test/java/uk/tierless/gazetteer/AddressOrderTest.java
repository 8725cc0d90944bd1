package uk.tierless.gazetteer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Addresses in natural order on the API and the address page alike, flats within their building. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AddressOrderTest {

    @Test
    void theDemoAddressesComeInNumberOrderOnTheApiAndThePage() {
        List<String> api = given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places")
                .then().statusCode(200).extract().path("addresses.address");
        assertThat(api).startsWith("4 Example Mews, Tamworth", "5 Example Mews, Tamworth", "15 Example Mews, Tamworth",
                "20 Example Mews, Tamworth", "24 Example Mews, Tamworth", "31 Example Mews, Tamworth",
                "57 Example Mews, Tamworth");
        String page = given().queryParam("postcode", "B79 7AH").when().get("/find").then().statusCode(200)
                .extract().asString();
        List<Integer> positions = api.stream().map(page::indexOf).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void flatsStayWithTheirBuilding() {
        List<String> addresses = new ArrayList<>(List.of("Flat 10, 15 High Street, Tamworth", "20 High Street, Tamworth",
                "Flat 2, 15 High Street, Tamworth", "4 High Street, Tamworth", "15 High Street, Tamworth",
                "1 Bolebridge Street, Tamworth"));
        addresses.sort(AddressOrder.NATURAL);
        assertThat(addresses).containsExactly("1 Bolebridge Street, Tamworth", "4 High Street, Tamworth",
                "15 High Street, Tamworth", "Flat 2, 15 High Street, Tamworth", "Flat 10, 15 High Street, Tamworth",
                "20 High Street, Tamworth");
    }
}
