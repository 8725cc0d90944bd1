package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Readiness follows the database: DOWN while PostgreSQL is away, so that a load balancer stops sending traffic,
 * and UP again by itself once it is back, with no restart of the app; liveness stays UP throughout, so that an
 * orchestrator does not kill an instance for the database's outage; the API answers 503 with Retry-After meanwhile.
 * make cluster checks the same under load.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(RestartablePostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReadinessWithoutDatabaseTest {

    private static final String DATASOURCE_CHECK = "checks.find { it.name == 'Database connections health check' }.status";

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpAgainOnceItIsBack() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200).body(DATASOURCE_CHECK, equalTo("UP"));

        RestartablePostgresTestResource.stopDatabase();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN")).body(DATASOURCE_CHECK, equalTo("DOWN")));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            // A call that needs the database says to try again, in the API's shape, rather than a 500.
            given().queryParam("postcode", "WS13 8LU").when().get("/api/v1/places")
                    .then().statusCode(503).header("Retry-After", "5").body("error", equalTo("unavailable"));
        } finally {
            RestartablePostgresTestResource.startDatabase();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")).body(DATASOURCE_CHECK, equalTo("UP")));
    }
}
