package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Readiness follows the database: DOWN while PostgreSQL is away, so that a load balancer stops sending traffic,
 * and UP again by itself once it is back, with no restart of the app; liveness stays UP throughout, so that an
 * orchestrator does not kill an instance for the database's outage. make cluster checks the same under load.
 */
@QuarkusTest
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
        } finally {
            RestartablePostgresTestResource.startDatabase();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")).body(DATASOURCE_CHECK, equalTo("UP")));
    }
}
