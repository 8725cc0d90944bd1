package uk.tierless.dispatch;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.tenancy.TenantScope;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tamworth's additional-bin requests sent by webhook to a real receiver in the test: signed and verifiable with the
 * documented verifier, the request as the API shows it; delivered after the receiver was down; dead after a day's
 * tries (eight seconds in the tests), listed for administrators and sent again; each sent once by several senders.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class WebhookDispatchTest {

    static final String SERVICE = "additional-bin";
    static final String SETTINGS = "/api/v1/councils/tamworth/services/" + SERVICE;

    @Inject
    DispatchSender sender;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void receiverUp() {
        WebhookTestReceiver.ANSWER.set(200);
        WebhookTestReceiver.stopServer();
        WebhookTestReceiver.startServer();
        WebhookTestReceiver.DELIVERIES.clear();
    }

    @AfterEach
    void backToTheQueue() {
        setDispatch(null);
    }

    @Test
    void aRequestArrivesSignedAsTheApiShowsItAndLeavesTheQueue() throws Exception {
        setDispatch(webhook(false));
        String reference = submit("signed@example.com");

        WebhookTestReceiver.Delivery delivery = await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveriesOf(reference), list -> !list.isEmpty()).get(0);
        assertThat(WebhookVerifier.verify(delivery.signature(), delivery.body(), WebhookTestReceiver.SECRET, Instant.now()))
                .as("the documented verifier accepts %s", delivery.signature()).isTrue();
        assertThat(WebhookVerifier.verify(delivery.signature(), delivery.body() + " ", WebhookTestReceiver.SECRET,
                Instant.now())).as("a changed body").isFalse();
        assertThat(WebhookVerifier.verify(delivery.signature(), delivery.body(), WebhookTestReceiver.SECRET,
                Instant.now().plus(Duration.ofMinutes(6)))).as("a delivery older than five minutes").isFalse();
        assertThat(delivery.contentType()).isEqualTo("application/json");
        JsonPath sent = JsonPath.from(delivery.body());
        assertThat(sent.getString("reference")).isEqualTo(reference);
        assertThat(sent.getString("service")).isEqualTo(SERVICE);
        assertThat(sent.getString("email")).isEqualTo("signed@example.com");
        assertThat(sent.getString("address")).isEqualTo("2 New Road, Tamworth");
        assertThat(sent.getString("answers.find { it.id == 'bin-type' }.text")).isEqualTo("A larger general waste bin");

        JsonPath detail = caseworker().get("/api/v1/requests/" + reference).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("dispatch.method")).isEqualTo("webhook");
        assertThat(detail.getString("dispatch.target")).isEqualTo(WebhookTestReceiver.url());
        assertThat(detail.getString("dispatch.state")).isEqualTo("delivered");
        assertThat(detail.getInt("dispatch.lastStatus")).isEqualTo(200);
        assertThat(detail.getString("dispatch.lastAnswer")).isEqualTo("{\"received\": true}");
        assertThat(detail.getString("dispatch.deliveredAt")).isNotNull();
        assertThat(delivery.deliveryId()).matches("[0-9a-f-]{36}");
        assertThat(dispatchesOf("tamworth", reference)).isEqualTo(1);
        assertThat(dispatchesOf("lichfield", reference)).as("row-level security: another council's scope").isZero();

        assertThat(caseworker().queryParam("service", SERVICE).queryParam("size", 100).get("/api/v1/requests")
                .jsonPath().getList("items.reference")).as("sent to the council's system alone").doesNotContain(reference);
        assertThat(caseworker().queryParam("q", reference).get("/api/v1/requests").jsonPath().getList("items.reference"))
                .as("a search by its reference finds it").containsExactly(reference);
        assertThat(given().cookies(StaffSignIn.as("tamworth.caseworker")).queryParam("ref", reference)
                .get("/staff/request").then().statusCode(200).extract().asString())
                .contains("Sent to the council's system")
                .contains("By webhook to " + WebhookTestReceiver.url() + ": delivered ");
    }

    @Test
    void aRequestMadeWhileTheReceiverIsDownArrivesOnceWhenItIsBack() {
        setDispatch(webhook(true));
        WebhookTestReceiver.stopServer();
        String reference = submit("down@example.com");

        await().atMost(Duration.ofSeconds(20)).until(() -> dispatchOf(reference).getInt("dispatch.attempts") >= 2);
        JsonPath waiting = dispatchOf(reference);
        assertThat(waiting.getString("dispatch.state")).isEqualTo("pending");
        assertThat(waiting.getString("dispatch.lastAnswer")).startsWith("No answer: ConnectException");
        assertThat(caseworker().queryParam("service", SERVICE).queryParam("size", 100).get("/api/v1/requests")
                .jsonPath().getList("items.reference")).as("alsoQueue: true").contains(reference);

        WebhookTestReceiver.startServer();
        await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(dispatchOf(reference).getString("dispatch.state")));
        assertThat(deliveriesOf(reference)).hasSize(1);
    }

    @Test
    void aDispatchRefusedForADayIsDeadWithTheLastAnswerAndCanBeSentAgain() {
        setDispatch(webhook(false));
        WebhookTestReceiver.ANSWER.set(503);
        String reference = submit("dead@example.com");

        await().atMost(Duration.ofSeconds(30)).until(() -> "dead".equals(dispatchOf(reference).getString("dispatch.state")));
        JsonPath dead = admin().get("/api/v1/dispatches/dead").then().statusCode(200).extract().jsonPath();
        String id = dead.getString("find { it.reference == '" + reference + "' }.id");
        assertThat(dead.getInt("find { it.reference == '" + reference + "' }.lastStatus")).isEqualTo(503);
        assertThat(dead.getString("find { it.reference == '" + reference + "' }.lastAnswer"))
                .isEqualTo("Our system is not taking requests");
        assertThat(dead.getInt("find { it.reference == '" + reference + "' }.attempts")).isGreaterThan(2);
        caseworker().get("/api/v1/dispatches/dead").then().statusCode(403);
        assertThat(given().auth().oauth2(TestTokens.realm("lichfield.admin", "lichfield", null, StaffRole.TENANT_ADMIN))
                .get("/api/v1/dispatches/dead").then().statusCode(200).extract().jsonPath().getList("reference"))
                .as("another council's dead dispatches").doesNotContain(reference);
        given().auth().oauth2(TestTokens.realm("lichfield.admin", "lichfield", null, StaffRole.TENANT_ADMIN))
                .contentType("application/json").body("{}").post("/api/v1/dispatches/dead/" + id + "/retry")
                .then().statusCode(404);
        assertThat(given().cookies(StaffSignIn.as("tamworth.admin")).get("/staff/dispatches").then().statusCode(200)
                .extract().asString()).contains(reference).contains("Status 503: Our system is not taking requests");

        WebhookTestReceiver.ANSWER.set(200);
        admin().body("{}").post("/api/v1/dispatches/dead/" + id + "/retry").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(dispatchOf(reference).getString("dispatch.state")));
        List<WebhookTestReceiver.Delivery> deliveries = deliveriesOf(reference);
        assertThat(deliveries.stream().map(WebhookTestReceiver.Delivery::deliveryId).distinct()).as("one delivery id")
                .containsExactly(id);
    }

    @Test
    void severalSendersAtOnceSendEachRequestOnce() throws Exception {
        setDispatch(webhook(false));
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            references.add(submit("race" + i + "@example.com"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> senders = List.of(() -> sender.send("tamworth"), () -> sender.send("tamworth"),
                    () -> sender.send("tamworth"));
            pool.invokeAll(senders);
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> references.stream()
                .allMatch(reference -> "delivered".equals(dispatchOf(reference).getString("dispatch.state"))));
        for (String reference : references) {
            assertThat(deliveriesOf(reference)).as(reference).hasSize(1);
        }
    }

    /** Native SQL that forgets the council: only row-level security keeps it to the scope's. */
    private long dispatchesOf(String council, String reference) {
        return tenantScope.call(council, () -> ((Number) entityManager.createNativeQuery(
                "select count(*) from dispatches where reference = :reference").setParameter("reference", reference)
                .getSingleResult()).longValue());
    }

    static Map<String, Object> webhook(boolean alsoQueue) {
        return Map.of("method", "webhook", "url", WebhookTestReceiver.url(), "secretEnv", WebhookTestReceiver.SECRET_ENV,
                "alsoQueue", alsoQueue);
    }

    /** Publishes the service with this dispatch (null: the work queue alone). */
    static void setDispatch(Map<String, Object> dispatch) {
        Map<String, Object> live = admin().get(SETTINGS).then().statusCode(200).extract().jsonPath().getMap("$");
        live.put("dispatch", dispatch);
        admin().body(live).put(SETTINGS + "/draft").then().statusCode(200);
        admin().body("{}").post(SETTINGS + "/publish").then().statusCode(200);
    }

    static String submit(String email) {
        return given().contentType("application/json").body(Map.of("service", SERVICE, "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "dispatch-" + UUID.randomUUID(), "contact", Map.of("email", email),
                        "answers", Map.of("bin-type", "larger-general", "household-size", 4, "extra-waste", "no")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
    }

    static JsonPath dispatchOf(String reference) {
        return caseworker().get("/api/v1/requests/" + reference).then().statusCode(200).extract().jsonPath();
    }

    private static List<WebhookTestReceiver.Delivery> deliveriesOf(String reference) {
        return WebhookTestReceiver.DELIVERIES.stream()
                .filter(delivery -> reference.equals(JsonPath.from(delivery.body()).getString("reference"))).toList();
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN))
                .contentType("application/json");
    }

    static RequestSpecification caseworker() {
        return given().auth().oauth2(TestTokens.realm("tamworth.caseworker", "tamworth", null, StaffRole.CASEWORKER));
    }
}
