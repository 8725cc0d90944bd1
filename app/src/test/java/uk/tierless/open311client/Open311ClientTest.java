package uk.tierless.open311client;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.open311.Open311Keys;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.WorkQueue;
import uk.tierless.tenancy.TenantScope;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Open311 client against real Open311 servers: Tierless's own (the test app's {@code /open311/v2}, standing in
 * for a council's back office: a request sent there is filed as a second request, whose caseworker's update comes
 * back to the first once), its sandbox, a refusal, a back office without {@code servicerequestupdates} (a tiny
 * server in the test), and one that never answers.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class Open311ClientTest {

    private static final String CLIENT = "open311-client-test";
    private static final String PRODUCTION = "http://localhost:8081/open311/v2";
    private static final String KEY_ENV = "TAMWORTH_BACK_OFFICE_KEY";

    @Inject
    Open311Keys keys;

    @Inject
    Open311Sender sender;

    @Inject
    Open311Client client;

    @Inject
    Open311Poller poller;

    @Inject
    WorkQueue workQueue;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    private String key;

    @BeforeEach
    void issueTheBackOfficesKey() {
        key = keys.issue(Open311Keys.Owner.council("tamworth"), CLIENT, "tester").key();
    }

    @AfterEach
    void deleteTheKey() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from open311_keys where client = :client")
                .setParameter("client", CLIENT).executeUpdate());
    }

    @Test
    void aRequestSentToTheBackOfficeIsFiledThereAndItsCaseworkersUpdateComesBackOnce() throws Exception {
        String note = "The crew comes back on Friday " + UUID.randomUUID();
        String original = missedBin("Sent on " + UUID.randomUUID());
        Open311Target target = new Open311Target(PRODUCTION + "/", "tamworth", key, "missed-bin");

        String copy = sender.send("tamworth", original, target, KEY_ENV);
        assertThat(copy).startsWith("TAM-").isNotEqualTo(original);
        assertThat(sender.send("tamworth", original, target, KEY_ENV)).as("sent once").isEqualTo(copy);
        Map<String, Object> filed = given().auth().oauth2(TestTokens.caseworker("tamworth")).when()
                .get("/api/v1/requests/" + copy).then().statusCode(200).extract().as(Map.class);
        assertThat(filed).containsEntry("channel", "open311").containsEntry("channelClient", CLIENT)
                .containsEntry("email", "resident@example.org");
        assertThat(answers(filed)).containsEntry("bin-type", "recycling").containsEntry("bin-out", "yes");

        // The back office's receipt of the request is made the second it is sent, and is not brought back.
        waitForTheNextSecond();
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "action_scheduled", "publicNote", note))
                .when().post("/api/v1/requests/" + copy + "/events").then().statusCode(201);

        Open311Poller.BackOffice backOffice = new Open311Poller.BackOffice(target.endpoint(), "tamworth", KEY_ENV);
        assertThat(poller.poll("tamworth", backOffice, target)).isEqualTo(1);
        assertThat(poller.poll("tamworth", backOffice, target)).as("read again, applied once").isZero();

        Map<String, Object> detail = given().auth().oauth2(TestTokens.caseworker("tamworth")).when()
                .get("/api/v1/requests/" + original).then().statusCode(200).extract().as(Map.class);
        assertThat(detail.get("status")).isEqualTo("action_scheduled");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) detail.get("history");
        assertThat(history).filteredOn(event -> note.equals(event.get("publicNote"))).singleElement()
                .satisfies(event -> assertThat(event.get("actor")).isEqualTo("back office: open311:localhost:8081"));
        assertThat(updateEmails(original, note)).as("the resident is told once").isEqualTo(1);
        assertThat(eventsAt(copy, note)).as("nothing goes back to the back office's own request").isEqualTo(1);
    }

    @Test
    void theSandboxChecksTheRequestAndFilesNothing() {
        String original = missedBin("Sandboxed " + UUID.randomUUID());
        long before = requests();
        String id = sender.send("tamworth", original, new Open311Target("http://localhost:8081/open311/test/v2",
                "tamworth", key, "missed-bin"), KEY_ENV);
        assertThat(id).startsWith("TEST-TAM-");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void aRefusalIsAClearFailureWithTheServersDescriptionAndNeverTheKey() {
        WorkQueue.Detail request = workQueue.detailForCouncil("tamworth", missedBin("Refused " + UUID.randomUUID())).orElseThrow();
        String wrongKey = "tl311_not-a-key-" + UUID.randomUUID();
        assertThatThrownBy(() -> client.send(new Open311Target(PRODUCTION, "tamworth", wrongKey, "missed-bin"),
                Open311Outgoing.of(request)))
                .isInstanceOfSatisfying(Open311Failure.class, failure -> {
                    assertThat(failure.status()).isEqualTo(403);
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).startsWith("403: api_key is missing, not valid or revoked")
                            .doesNotContain(wrongKey);
                });
        assertThatThrownBy(() -> client.send(new Open311Target(PRODUCTION, "tamworth", key, "no-such-service"),
                Open311Outgoing.of(request)))
                .isInstanceOfSatisfying(Open311Failure.class, failure -> assertThat(failure.status()).isEqualTo(404));
    }

    @Test
    void aBackOfficeWithoutUpdatesIsFollowedThroughItsRequests() throws Exception {
        String original = missedBin("Followed " + UUID.randomUUID());
        try (FakeBackOffice backOffice = new FakeBackOffice()) {
            Open311Target target = new Open311Target(backOffice.endpoint(), "crm-tamworth", "crm-key", "MB01");
            assertThat(sender.send("tamworth", original, target, KEY_ENV)).as("through its token").isEqualTo(FakeBackOffice.ID);
            List<Map.Entry<String, String>> posted = backOffice.posts.get(0);
            assertThat(posted).contains(Map.entry("api_key", "crm-key"), Map.entry("jurisdiction_id", "crm-tamworth"),
                    Map.entry("service_code", "MB01"), Map.entry("lat", "52.6387"), Map.entry("long", "-1.7041"),
                    Map.entry("email", "resident@example.org"), Map.entry("attribute[bin-type]", "recycling"),
                    Map.entry("attribute[bin-out]", "yes"));
            assertThat(posted).filteredOn(field -> field.getKey().equals("description")).singleElement()
                    .satisfies(field -> assertThat(field.getValue()).startsWith("Followed "));

            Open311Poller.BackOffice office = new Open311Poller.BackOffice(target.endpoint(), "crm-tamworth", KEY_ENV);
            backOffice.nowSays("open", "Received.", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
            assertThat(poller.poll("tamworth", office, target)).as("as it was when sent").isZero();
            String collected = "Collected this morning " + UUID.randomUUID();
            backOffice.nowSays("closed", collected, Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString());
            assertThat(poller.poll("tamworth", office, target)).isEqualTo(1);
            assertThat(poller.poll("tamworth", office, target)).isZero();
        }
        Map<String, Object> detail = given().auth().oauth2(TestTokens.caseworker("tamworth")).when()
                .get("/api/v1/requests/" + original).then().statusCode(200).extract().as(Map.class);
        assertThat(detail.get("status")).isEqualTo("closed");
    }

    @Test
    void aBackOfficeThatNeverAnswersIsATimeout() throws Exception {
        WorkQueue.Detail request = workQueue.detailForCouncil("tamworth", missedBin("Unanswered " + UUID.randomUUID())).orElseThrow();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                // Takes the call and never answers: reads until the client gives up and closes it.
                try (Socket held = silent.accept()) {
                    held.getInputStream().readAllBytes();
                } catch (Exception e) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            Open311Target target = new Open311Target("http://127.0.0.1:" + silent.getLocalPort() + "/open311", null,
                    "a-key", "missed-bin");
            assertThatThrownBy(() -> client.send(target, Open311Outgoing.of(request)))
                    .isInstanceOfSatisfying(Open311Failure.class, failure -> {
                        assertThat(failure.status()).isZero();
                        assertThat(failure.retryable()).isTrue();
                        assertThat(failure.getMessage()).startsWith("No answer from 127.0.0.1:" + silent.getLocalPort()
                                + " to requests.xml within");
                    });
            accepting.interrupt();
        }
    }

    /** A Tamworth missed bin at a point, posted through Open311 by another client: its reference. */
    private String missedBin(String details) {
        return given().contentType("application/x-www-form-urlencoded").formParam("api_key", key)
                .formParam("jurisdiction_id", "tamworth").formParam("service_code", "missed-bin")
                .formParam("lat", "52.6387").formParam("long", "-1.7041").formParam("attribute[bin-type]", "recycling")
                .formParam("attribute[collection-date]", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1) + "T09:00:00Z")
                .formParam("attribute[bin-out]", "yes").formParam("description", details)
                .formParam("email", "resident@example.org").when().post("/open311/v2/requests.xml")
                .then().statusCode(201).extract().xmlPath().getString("service_requests.request.service_request_id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answers(Map<String, Object> detail) {
        Map<String, Object> byId = new java.util.HashMap<>();
        ((List<Map<String, Object>>) detail.get("answers")).forEach(answer -> byId.put((String) answer.get("id"), answer.get("value")));
        return byId;
    }

    private static void waitForTheNextSecond() {
        long second = Instant.now().getEpochSecond();
        await().atMost(Duration.ofSeconds(2)).until(() -> Instant.now().getEpochSecond() > second);
    }

    private long requests() {
        return tenantScope.call("tamworth", () -> ((Number) entityManager.createNativeQuery(
                "select count(*) from service_requests").getSingleResult()).longValue());
    }

    private long updateEmails(String reference, String note) {
        return tenantScope.call("tamworth", () -> ((Number) entityManager.createNativeQuery("select count(*) from outbox_messages m"
                        + " join service_requests r on r.id = m.request_id where r.reference = :reference and m.kind = 'update'"
                        + " and m.body like :note").setParameter("reference", reference).setParameter("note", "%" + note + "%")
                .getSingleResult()).longValue());
    }

    private long eventsAt(String reference, String note) {
        return tenantScope.call("tamworth", () -> ((Number) entityManager.createNativeQuery("select count(*) from request_events e"
                        + " join service_requests r on r.id = e.request_id where r.reference = :reference and e.note = :note")
                .setParameter("reference", reference).setParameter("note", note).getSingleResult()).longValue());
    }
}
