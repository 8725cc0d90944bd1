package uk.tierless.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.tenancy.TenantScope;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Worcester sends through GOV.UK Notify (a stand-in for its documented API): email, text messages, errors, rate limits. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class NotifyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TenantScope tenantScope;

    private static String submit(Map<String, String> contact) {
        return given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "WR1 1AA",
                        "address", Map.of("line1", "2 New Road", "town", "Worcester"),
                        "idempotencyKey", "notify-" + UUID.randomUUID(), "contact", contact,
                        "answers", Map.of("bin-type", "recycling", "collection-date", "2026-11-20", "bin-out", "yes")))
                .when().post("/api/v1/requests").then().statusCode(201).extract().path("reference");
    }

    @Test
    void anEmailGoesToTheCouncilsNotifyTemplateWithASignedToken() throws Exception {
        String reference = submit(Map.of("email", "worcester.resident@example.com"));

        LoggedRequest call = waitFor(() -> sentTo("/v2/notifications/email", reference), "the email to reach Notify");
        JsonNode body = JSON.readTree(call.getBodyAsString());
        assertThat(body.get("email_address").asText()).isEqualTo("worcester.resident@example.com");
        assertThat(body.get("template_id").asText()).isEqualTo(OidcTestServer.NOTIFY_EMAIL_TEMPLATE);
        assertThat(body.get("personalisation").get("reference").asText()).isEqualTo(reference);
        assertThat(body.get("personalisation").get("council_name").asText()).isEqualTo("Worcester City Council");
        assertThat(body.get("personalisation").get("track_url").asText()).contains("/track/");
        assertThat(body.get("reference").asText()).endsWith("." + reference + "@tierless");

        String[] jwt = call.getHeader("Authorization").substring("Bearer ".length()).split("\\.");
        Base64.Decoder base64 = Base64.getUrlDecoder();
        assertThat(new String(base64.decode(jwt[0]), StandardCharsets.UTF_8)).contains("\"alg\":\"HS256\"");
        JsonNode claims = JSON.readTree(base64.decode(jwt[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(NotifyTestServer.SERVICE_ID);
        assertThat(Math.abs(claims.get("iat").asLong() - Instant.now().getEpochSecond())).isLessThan(60);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(NotifyTestServer.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((jwt[0] + "." + jwt[1])
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo(jwt[2]);

        waitFor(() -> message(reference).filter(m -> OutboxMessage.SENT.equals(m.status)), "the message to be sent");
    }

    @Test
    void aResidentWhoGaveOnlyAPhoneNumberGetsATextMessage() throws Exception {
        String reference = submit(Map.of("phone", "07700 900123"));

        LoggedRequest call = waitFor(() -> sentTo("/v2/notifications/sms", reference), "the text message to reach Notify");
        JsonNode body = JSON.readTree(call.getBodyAsString());
        assertThat(body.get("phone_number").asText()).isEqualTo("07700 900123");
        assertThat(body.get("template_id").asText()).isEqualTo(OidcTestServer.NOTIFY_SMS_TEMPLATE);
        assertThat(message(reference).orElseThrow().channel).isEqualTo("sms");
    }

    @Test
    void aRefusedAddressIsDeadAtOnceAndARateLimitIsWaitedOut() throws Exception {
        String refused = submit(Map.of("email", NotifyTestServer.REFUSED));
        String busy = submit(Map.of("email", NotifyTestServer.RATE_LIMITED));

        OutboxMessage dead = waitFor(() -> message(refused).filter(m -> OutboxMessage.DEAD.equals(m.status)),
                "the refused message to be dead");
        assertThat(dead.attempts).isEqualTo(1);
        assertThat(dead.lastError).contains("400").contains("BadRequestError");

        OutboxMessage sent = waitFor(() -> message(busy).filter(m -> OutboxMessage.SENT.equals(m.status)),
                "the rate-limited message to be sent on a later try");
        assertThat(sent.attempts).isEqualTo(2);
        assertThat(NotifyTestServer.server().findAll(postRequestedFor(urlEqualTo("/v2/notifications/email")))
                .stream().filter(r -> r.getBodyAsString().contains(NotifyTestServer.RATE_LIMITED)).count()).isEqualTo(2);
    }

    private Optional<LoggedRequest> sentTo(String path, String reference) {
        List<LoggedRequest> calls = NotifyTestServer.server().findAll(postRequestedFor(urlEqualTo(path)));
        return calls.stream().filter(call -> call.getBodyAsString().contains(reference)).findFirst();
    }

    private Optional<OutboxMessage> message(String reference) {
        return tenantScope.call("worcester", () -> OutboxMessage.<OutboxMessage>find("subject like ?1", "%" + reference + "%")
                .firstResultOptional());
    }

    private static <T> T waitFor(Supplier<Optional<T>> found, String what) {
        return await().alias(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(found::get, Optional::isPresent).get();
    }
}
