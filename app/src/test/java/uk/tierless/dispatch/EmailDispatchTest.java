package uk.tierless.dispatch;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.notifications.SmtpTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tamworth's additional-bin requests emailed to a service inbox through a real SMTP server (GreenMail), the same
 * transport as residents' emails.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(SmtpTestServer.class)
class EmailDispatchTest {

    private static final String INBOX = "bins@tamworth.gov.uk";

    @AfterEach
    void backToTheQueue() {
        WebhookDispatchTest.setDispatch(null);
    }

    @Test
    void theServiceInboxGetsEverythingAPersonNeedsToActOnTheRequest() throws Exception {
        WebhookDispatchTest.setDispatch(Map.of("method", "email", "email", Map.of("to", INBOX)));
        String reference = WebhookDispatchTest.submit("inbox@example.com");

        MimeMessage message = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
                        SmtpTestServer.server().getReceivedMessages())
                .filter(received -> to(received).equals(INBOX)).findFirst().orElse(null), found -> found != null);
        assertThat(message.getSubject()).isEqualTo(reference + ": Ask for an additional bin");
        assertThat(message.getFrom()[0].toString()).contains("Tamworth Borough Council");
        assertThat(message.getContent().toString()).contains("Reference: " + reference)
                .contains("Service: Ask for an additional bin")
                .contains("Address: 2 New Road, Tamworth")
                .contains("- What do you need?: A larger general waste bin")
                .contains("- How many people live in your home?: 4")
                .contains("- Email: inbox@example.com")
                .contains("http://localhost:8081/staff/request?ref=" + reference);
        await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(
                WebhookDispatchTest.dispatchOf(reference).getString("dispatch.state")));
        assertThat(WebhookDispatchTest.dispatchOf(reference).getString("dispatch.target")).isEqualTo(INBOX);
        assertThat(WebhookDispatchTest.caseworker().queryParam("service", WebhookDispatchTest.SERVICE)
                .queryParam("size", 100).get("/api/v1/requests").jsonPath().getList("items.reference"))
                .doesNotContain(reference);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
