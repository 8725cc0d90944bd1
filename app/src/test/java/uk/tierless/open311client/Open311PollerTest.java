package uk.tierless.open311client;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller as the schedule runs it, a council at a time with the key from the environment variable the request
 * was sent with; and a back office that one instance is reading is passed by, not read twice at once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class Open311PollerTest {

    /** Set in the test profile to crm-key. */
    private static final String KEY_ENV = "TAMWORTH_CRM_OPEN311_KEY";

    @Inject
    Open311Sender sender;

    @Inject
    Open311Poller poller;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void theCouncilsBackOfficesAreReadWithTheKeyFromTheEnvironmentAndOneInstanceAtATime() throws Exception {
        String reference = missedBin();
        try (FakeBackOffice backOffice = new FakeBackOffice()) {
            Open311Target target = new Open311Target(backOffice.endpoint(), "crm-tamworth", "crm-key", "MB01");
            sender.send("tamworth", reference, target, KEY_ENV);
            backOffice.nowSays("open", "Received.", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
            poller.poll("tamworth");
            assertThat(backOffice.reads).singleElement().satisfies(query -> assertThat(query)
                    .contains("service_request_id=" + FakeBackOffice.ID, "jurisdiction_id=crm-tamworth", "api_key=crm-key"));

            backOffice.nowSays("fixed", "Emptied " + UUID.randomUUID(),
                    Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString());
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> tenantScope.run("tamworth", () -> {
                entityManager.createNativeQuery("select id from open311_polls where endpoint = :endpoint for update")
                        .setParameter("endpoint", target.endpoint()).getResultList();
                held.countDown();
                try {
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(poller.poll("tamworth")).as("being read by another instance").isZero();
            assertThat(backOffice.reads).hasSize(1);
            done.countDown();
            otherInstance.get(30, TimeUnit.SECONDS);

            assertThat(poller.poll("tamworth")).isEqualTo(1);
            assertThat(rows("tamworth", "open311_sent", target.endpoint())).isEqualTo(1);
            assertThat(rows("tamworth", "open311_polls", target.endpoint())).isEqualTo(1);
            assertThat(rows("lichfield", "open311_sent", target.endpoint())).as("row-level security").isZero();
            assertThat(rows("lichfield", "open311_polls", target.endpoint())).as("row-level security").isZero();
        }
        Map<String, Object> detail = given().auth().oauth2(TestTokens.caseworker("tamworth")).when()
                .get("/api/v1/requests/" + reference).then().statusCode(200).extract().as(Map.class);
        assertThat(detail.get("status")).isEqualTo("fixed");
    }

    /** The table's rows for the endpoint that the council sees through native SQL. */
    private long rows(String council, String table, String endpoint) {
        return tenantScope.call(council, () -> ((Number) entityManager.createNativeQuery("select count(*) from " + table
                + " where endpoint = :endpoint").setParameter("endpoint", endpoint).getSingleResult()).longValue());
    }

    /** A Tamworth missed bin through the API: its reference. */
    private static String missedBin() {
        return given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "poller-" + UUID.randomUUID(),
                        "answers", Map.of("bin-type", "general", "collection-date", "2026-11-20", "bin-out", "yes"),
                        "contact", Map.of("email", "caller@example.com")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
    }
}
