package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.reports.UsageCounter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicesResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UsageCounter usage;

    @Test
    void bothCouncilsServicesComeTogetherEachWithItsCouncil() {
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/services")
                .then().statusCode(200)
                .body("$", hasSize(21))
                .body("find { it.code == 'missed-bin' }.council.slug", equalTo("tamworth"))
                .body("find { it.code == 'missed-bin' }.mode", equalTo("form"))
                .body("find { it.code == 'report-pothole' }.council.slug", equalTo("staffordshire"))
                .body("find { it.code == 'report-pothole' }.group", equalTo("roads-and-transport"))
                .body("summary", everyItem(notNullValue()))
                .body("code[0..1]", containsInAnyOrder("report-pothole", "missed-bin")); // the pinned tiles first
    }

    @Test
    void aCouncilOutsideThePartnershipsGetsHonestLinks() {
        given().queryParam("postcode", "ST4 1DJ").when().get("/api/v1/services")
                .then().statusCode(200)
                .body("council.slug", everyItem(equalTo("stoke-on-trent")))
                .body("mode", everyItem(equalTo("link")))
                .body("link", everyItem(equalTo("https://www.gov.uk/find-local-council/stoke-on-trent")))
                .body("[0].summary", equalTo("Stoke-on-Trent City Council runs this where you live."));
    }

    @Test
    void whereTheAddressDecidesAStraddlingPostcodeNeedsIt() {
        given().queryParam("postcode", "B79 8FL").when().get("/api/v1/services")
                .then().statusCode(409)
                .body("error", equalTo("address_needed"))
                .body("addresses", hasSize(6));
        given().queryParam("uprn", "990000000184").when().get("/api/v1/services")
                .then().statusCode(200)
                .body("find { it.code == 'council-tax-payment' }.council.slug", equalTo("lichfield"));
    }

    @Test
    void demandOrdersTheTilesAfterThePinnedOnesAndIsCountedAnonymously() throws Exception {
        String phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148";
        for (int i = 0; i < 3; i++) {
            given().header("User-Agent", phone).queryParam("postcode", "WR1 1RJ")
                    .when().get("/services/local-events").then().statusCode(200);
        }
        List<String> codes = given().queryParam("postcode", "WR1 1RJ").when().get("/api/v1/services")
                .then().statusCode(200).extract().path("code");
        assertThat(codes.get(1)).as("today's use moves nothing until tomorrow").isNotEqualTo("local-events");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // More than any other service's use, the demo history's included.
            statement.executeUpdate("insert into usage_counts (day, event, origin, council, service, channel, device,"
                    + " count) values (current_date - 1, 'tile-opened', '', 'worcester', 'local-events', 'web', 'phone', 1000000)"
                    + " on conflict (day, event, partnership, origin, council, service, channel, device)"
                    + " do update set count = excluded.count");
        }
        usage.pastDaysChanged();
        codes = given().queryParam("postcode", "WR1 1RJ").when().get("/api/v1/services")
                .then().statusCode(200).extract().path("code");
        assertThat(codes.subList(0, 2)).containsExactly("report-pothole", "local-events");

        usage.flush();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select origin, channel, device, count from usage_counts"
                     + " where event = 'tile-opened' and council = 'worcester' and service = 'local-events'"
                     + " and day = current_date")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("origin")).isEmpty();
            assertThat(row.getString("channel")).isEqualTo("web");
            assertThat(row.getString("device")).isEqualTo("phone");
            assertThat(row.getLong("count")).isEqualTo(3);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select sum(count) from usage_counts"
                     + " where event = 'tile-shown' and channel = 'api' and council = 'worcester'")) {
            row.next();
            assertThat(row.getLong(1)).as("tiles shown through the API").isPositive();
        }
    }
}
