package uk.tierless.notifications;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.tenancy.TenantScope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** Messages to residents through a real SMTP server (GreenMail): delivered, delivered after an outage, once each. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(SmtpTestServer.class)
class OutboxMailTest {

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    TenantScope tenantScope;

    @Inject
    Outbox outbox;

    @BeforeEach
    void emptyMailbox() throws Exception {
        waitUntil(() -> pending() == 0, "the outbox to be empty before the test");
        SmtpTestServer.server().purgeEmailFromAllMailboxes();
    }

    @Test
    void aNewRequestIsAcknowledgedByEmailWithTheCouncilReferenceAndTrackingLink() throws Exception {
        String reference = submit("ack@example.com");

        MimeMessage message = waitForMessages(1).get(0);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ack@example.com");
        assertThat(message.getFrom()[0].toString()).contains("Tamworth Borough Council");
        assertThat(message.getSubject()).contains(reference).contains("Tamworth Borough Council");
        String body = message.getContent().toString();
        assertThat(body).contains(reference).contains("http://localhost:8081/track/").contains("Report a missed bin")
                .as("the address in words of a request made with a postcode only").contains("Address: 2 New Road, Tamworth");
        assertThat(message.getMessageID()).endsWith("." + reference + "@tierless>");
    }

    @Test
    void aCalendarFileTravelsWithTheEmailAsAnAttachment() throws Exception {
        String reference = submit("calendar@example.com");
        waitForMessages(1);
        SmtpTestServer.server().purgeEmailFromAllMailboxes();
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tierless//Test//EN\r\nEND:VCALENDAR\r\n";
        Outbox.About about = new Outbox.About(null, "tamworth", "Tamworth Borough Council", reference,
                "Report a missed bin", "received", "calendar-token", null);
        tenantScope.run("tamworth", () -> outbox.queue(Outbox.UPDATE, about, new Outbox.Recipient("calendar@example.com",
                null), "Your appointment has moved.", new Attachment("appointment.ics", "text/calendar", calendar)));

        MimeMessage message = waitForMessages(1).get(0);
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Your appointment has moved.").contains(reference);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("appointment.ics");
        assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(calendar);
        assertThat(tenantScope.call("tamworth", () -> OutboxMessage.<OutboxMessage>find("recipient", "calendar@example.com")
                .list().stream().filter(sent -> sent.attachmentFilename != null).count())).isEqualTo(1);
    }

    @Test
    void theAcknowledgementNamesTheAddressTheRequestWasMadeAt() throws Exception {
        io.restassured.path.json.JsonPath places = given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places")
                .then().statusCode(200).extract().jsonPath();
        given().contentType("application/json").body(Map.of("service", "missed-bin",
                        "uprn", places.getString("addresses[0].uprn"), "idempotencyKey", "mail-" + UUID.randomUUID(),
                        "contact", Map.of("email", "address@example.com"),
                        "answers", Map.of("bin-type", "general", "collection-date", "2026-11-20", "bin-out", "yes")))
                .when().post("/api/v1/requests").then().statusCode(201);

        assertThat(waitForMessages(1).get(0).getContent().toString())
                .contains("Address: " + places.getString("addresses[0].address"));
    }

    @Test
    void afterAnSmtpOutageEveryMessageArrivesExactlyOnce() throws Exception {
        SmtpTestServer.stopServer();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(submit("outage" + i + "@example.com"));
        }
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "acknowledged", "publicNote", "We will come back tomorrow."))
                .when().post("/api/v1/requests/" + references.get(0) + "/events").then().statusCode(201);
        waitUntil(() -> failedTries() >= 4, "the dispatcher to have failed while the server is down");

        SmtpTestServer.startServer();
        waitForMessages(4);
        // The dispatcher runs every second: three more seconds give a repeat the chance to show itself.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> SmtpTestServer.server().getReceivedMessages().length == 4);
        List<MimeMessage> received = Arrays.asList(SmtpTestServer.server().getReceivedMessages());

        assertThat(received).hasSize(4);
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(received.stream().map(this::subject).collect(Collectors.toList()))
                .anyMatch(subject -> subject.contains(references.get(0)) && subject.contains("acknowledged"));
    }

    @Test
    void dispatchersRunningAtOnceSendEachMessageOnce() throws Exception {
        SmtpTestServer.stopServer();
        for (int i = 0; i < 6; i++) {
            submit("parallel" + i + "@example.com");
        }
        SmtpTestServer.startServer();
        tenantScope.run("tamworth", () -> OutboxMessage.update("nextAttemptAt = ?1 where status = ?2",
                Instant.now(), OutboxMessage.PENDING));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> runs = List.of(() -> dispatcher.dispatch("tamworth"), () -> dispatcher.dispatch("tamworth"),
                () -> dispatcher.dispatch("tamworth"));
        pool.invokeAll(runs);
        pool.shutdown();
        waitForMessages(6);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> SmtpTestServer.server().getReceivedMessages().length == 6);
    }

    @Test
    void aMessageThatNeverGoesIsDeadAndAnAdministratorSendsItAgain() throws Exception {
        SmtpTestServer.stopServer();
        String reference = submit("dead@example.com");
        waitUntil(() -> dead() == 1, "the message to be dead after its tries");
        String admin = TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN);
        String id = given().auth().oauth2(admin).when().get("/api/v1/outbox/dead")
                .then().statusCode(200).body("subject", hasItem(org.hamcrest.Matchers.containsString(reference)))
                .extract().path("find { it.subject.contains('" + reference + "') }.id");
        given().auth().oauth2(TestTokens.caseworker("tamworth")).when().get("/api/v1/outbox/dead").then().statusCode(403);
        given().auth().oauth2(admin).when().post("/api/v1/outbox/dead/" + id + "/retry")
                .then().statusCode(415).body("error", org.hamcrest.Matchers.equalTo("unsupported_media_type"));
        given().auth().oauth2(TestTokens.realm("lichfield.admin", "lichfield", null, StaffRole.TENANT_ADMIN))
                .contentType("application/json").when().post("/api/v1/outbox/dead/" + id + "/retry").then().statusCode(404);

        SmtpTestServer.startServer();
        given().auth().oauth2(admin).contentType("application/json").when().post("/api/v1/outbox/dead/" + id + "/retry")
                .then().statusCode(202);
        assertThat(waitForMessages(1).get(0).getSubject()).contains(reference);
    }

    private static String submit(String email) {
        return given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "mail-" + UUID.randomUUID(), "contact", Map.of("email", email),
                        "answers", Map.of("bin-type", "general", "collection-date", "2026-11-20", "bin-out", "yes")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long pending() {
        return tenantScope.call("tamworth", () -> OutboxMessage.count("status", OutboxMessage.PENDING));
    }

    private long dead() {
        return tenantScope.call("tamworth", () -> OutboxMessage.count("status", OutboxMessage.DEAD));
    }

    private long failedTries() {
        return tenantScope.call("tamworth", () -> OutboxMessage.count("status = ?1 and attempts > 0", OutboxMessage.PENDING));
    }

    private static List<MimeMessage> waitForMessages(int count) throws Exception {
        waitUntil(() -> SmtpTestServer.server().getReceivedMessages().length >= count, count + " messages to arrive");
        return Arrays.asList(SmtpTestServer.server().getReceivedMessages());
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        await().alias(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
