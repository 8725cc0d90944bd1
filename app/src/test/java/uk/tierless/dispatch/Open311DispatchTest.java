package uk.tierless.dispatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.Secrets;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tamworth's additional bins set to {@code open311}, with Tierless's own Open311 sandbox (this test's app, which checks
 * a request as a real back office would and files nothing, so the request cannot come back round) as the back
 * office: the dispatch engine files each request there with the key from the environment variable the setting names,
 * and keeps the back office's reference. How its updates come back is tested with the client (Open311ClientTest).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class Open311DispatchTest {

    /** The test profile sets TAMWORTH_OWN_OPEN311_KEY to this. */
    private static final String KEY = "tl311_own-back-office-test";
    private static final String CLIENT = "Dispatch test back office";
    private static final String SANDBOX = "http://localhost:8081/open311/test/v2";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void theBackOfficeKnowsTheKey() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into open311_keys"
                        + " (id, key_hash, client, council, created_at, created_by)"
                        + " values (gen_random_uuid(), :hash, :client, 'tamworth', now(), 'tester')")
                .setParameter("hash", Secrets.sha256(KEY)).setParameter("client", CLIENT).executeUpdate());
    }

    @AfterEach
    void backToTheQueue() {
        WebhookDispatchTest.setDispatch(null);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from open311_keys where client = :client").setParameter("client", CLIENT).executeUpdate());
    }

    @Test
    void aRequestIsFiledWithTheBackOfficeWhoseReferenceIsKept() {
        WebhookDispatchTest.setDispatch(open311("TAMWORTH_OWN_OPEN311_KEY"));
        String reference = atAnAddress();

        await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(
                WebhookDispatchTest.dispatchOf(reference).getString("dispatch.state")));
        var sent = WebhookDispatchTest.dispatchOf(reference);
        assertThat(sent.getString("dispatch.externalId")).startsWith("TEST-TAM-");
        assertThat(sent.getString("dispatch.target")).isEqualTo(SANDBOX);
    }

    @Test
    void aKeyNotSetOnTheServerIsDeadAtOnceAndSaysWhich() {
        WebhookDispatchTest.setDispatch(open311("TAMWORTH_KEY_NOBODY_SET"));
        String reference = WebhookDispatchTest.submit("open311-no-key@example.com");

        await().atMost(Duration.ofSeconds(20)).until(() -> "dead".equals(
                WebhookDispatchTest.dispatchOf(reference).getString("dispatch.state")));
        assertThat(WebhookDispatchTest.dispatchOf(reference).getString("dispatch.lastAnswer"))
                .contains("TAMWORTH_KEY_NOBODY_SET").doesNotContain(KEY);
    }

    /** An additional bin at an address the directory lists, which the back office places by its UPRN. */
    private static String atAnAddress() {
        return given().contentType("application/json").body(Map.of("service", WebhookDispatchTest.SERVICE,
                        "uprn", "990000000001", "idempotencyKey", "dispatch-" + UUID.randomUUID(),
                        "contact", Map.of("email", "open311-dispatch@example.com"),
                        "answers", Map.of("bin-type", "larger-general", "household-size", 4, "extra-waste", "no")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
    }

    private static Map<String, Object> open311(String apiKeyEnv) {
        return Map.of("method", "open311", "open311", Map.of("endpoint", SANDBOX, "jurisdiction", "tamworth",
                "apiKeyEnv", apiKeyEnv, "serviceCode", WebhookDispatchTest.SERVICE));
    }
}
