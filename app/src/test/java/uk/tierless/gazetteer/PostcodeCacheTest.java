package uk.tierless.gazetteer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.ConfigurationChanges;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The postcode lookup answers from its cache until an import commits, on any instance: here the directory is
 * changed behind the cache's back and the notification another instance's import sends is sent by hand.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PostcodeCacheTest {

    private static final String POSTCODE = "DY10 3PA";

    @Inject
    DataSource dataSource;

    @Test
    void anotherInstancesImportIsSeenByTheNextLookups() throws SQLException {
        lookUp().statusCode(200).body("district.slug", equalTo("south-staffordshire"));
        try {
            sql("update postcodes set terminated = '202501' where postcode = 'DY103PA'");
            lookUp().statusCode(200).body("district.slug", equalTo("south-staffordshire"));

            sql("select pg_notify('" + ConfigurationChanges.IMPORTS_CHANNEL + "', 'onspd')");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookUp().statusCode(404)
                    .body("message", containsString("no longer in use (terminated 202501)")));
        } finally {
            sql("update postcodes set terminated = null where postcode = 'DY103PA'");
            sql("select pg_notify('" + ConfigurationChanges.IMPORTS_CHANNEL + "', 'onspd')");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> lookUp().statusCode(200));
    }

    private static ValidatableResponse lookUp() {
        return given().queryParam("postcode", POSTCODE).when().get("/api/v1/places").then();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
