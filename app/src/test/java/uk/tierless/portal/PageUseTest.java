package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.reports.UsageCounter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's use figures, counted without cookies: a visit is a journey's first page (no page of this site led
 * there) or an app's first call; page views and postcode searches are counted at the front door's partnership.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PageUseTest {

    private static final String WORCESTERSHIRE = "worcestershire.localhost";

    @Inject
    DataSource dataSource;

    @Inject
    UsageCounter usage;

    @Test
    void aPageReachedFromNoPageOfThisSiteIsAVisit() throws SQLException {
        long visits = today("visit", "worcestershire", "web");
        long views = today("page-view", "worcestershire", "web");

        given().header("Host", WORCESTERSHIRE).when().get("/").then().statusCode(200);
        given().header("Host", WORCESTERSHIRE).header("Referer", "https://www.worcestershire.gov.uk/bins")
                .when().get("/").then().statusCode(200);
        given().header("Host", WORCESTERSHIRE).header("Referer", "http://" + WORCESTERSHIRE + "/")
                .when().get("/search?q=bins").then().statusCode(200);

        assertThat(today("visit", "worcestershire", "web") - visits).as("no Referer, and another site's").isEqualTo(2);
        assertThat(today("page-view", "worcestershire", "web") - views).isEqualTo(3);
    }

    @Test
    void aPostcodeLookedUpIsAPostcodeSearchAtThePlacesPartnership() throws SQLException {
        long searches = today("postcode-search", "staffordshire-connects", "web");

        given().header("Referer", "http://localhost/").queryParam("postcode", "B79 7AH").when().get("/find")
                .then().statusCode(200);
        given().header("Referer", "http://localhost/").when().get("/find").then().statusCode(400);

        assertThat(today("postcode-search", "staffordshire-connects", "web") - searches).isEqualTo(1);
    }

    @Test
    void anAppsFirstCallIsAVisit() throws SQLException {
        long visits = today("visit", "worcestershire", "api");
        long searches = today("postcode-search", "worcestershire", "api");

        given().queryParam("postcode", "WR1 1AA").when().get("/api/v1/services").then().statusCode(200);

        assertThat(today("visit", "worcestershire", "api") - visits).isEqualTo(1);
        assertThat(today("postcode-search", "worcestershire", "api") - searches).isEqualTo(1);
    }

    private long today(String event, String partnership, String channel) throws SQLException {
        usage.flush();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select coalesce(sum(count), 0) from usage_counts"
                     + " where day = current_date and event = ? and partnership = ? and channel = ?")) {
            query.setString(1, event);
            query.setString(2, partnership);
            query.setString(3, channel);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
