package uk.tierless.catalogue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal reads councils' offers from memory until a publication commits, on any instance: here an offer is
 * changed behind the cache's back and the notification another instance's publication sends is sent by hand.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServiceOffersCacheTest {

    @Inject
    DataSource dataSource;

    @Test
    void anotherInstancesPublicationIsSeenByTheNextPage() throws SQLException {
        String before = summary();
        try {
            sql("update council_services set summary = 'Changed elsewhere' where council_slug = 'lichfield'"
                    + " and service_code = 'fly-tipping'");
            assertThat(summary()).isEqualTo(before);

            sql("select pg_notify('" + ConfigurationChanges.CHANNEL + "', 'lichfield')");

            await().atMost(Duration.ofSeconds(20)).until(() -> summary().equals("Changed elsewhere"));
        } finally {
            sql("update council_services set summary = '" + before.replace("'", "''") + "' where council_slug = 'lichfield'"
                    + " and service_code = 'fly-tipping'");
            sql("select pg_notify('" + ConfigurationChanges.CHANNEL + "', 'lichfield')");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> summary().equals(before));
    }

    /** Fly-tipping's tile in Lichfield, as the portal's API shows it (a request, as the pages read offers). */
    private static String summary() {
        return given().queryParam("postcode", "WS13 8LU").when().get("/api/v1/services").then().statusCode(200)
                .extract().path("find { it.code == 'fly-tipping' && it.council.slug == 'lichfield' }.summary");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
