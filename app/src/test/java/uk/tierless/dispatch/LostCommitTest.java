package uk.tierless.dispatch;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import com.arjuna.ats.arjuna.coordinator.TxControl;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a crash between sending and committing does (as {@code kill -9} would): the receiver took the request, but
 * the sender's transaction did not commit, here because it outlived the transaction timeout (four seconds, set
 * after start) while the receiver was slow to answer. The dispatch is still pending, is sent again, and carries the same {@code Tierless-Delivery} id,
 * so the receiver can tell it has it already.
 */
@QuarkusTest
@TestProfile(LostCommitTest.ShortTransactions.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(WebhookTestReceiver.class)
class LostCommitTest {

    /** A webhook may take ten seconds to answer, longer than the test's transactions may last. */
    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return WithoutDemoHistory.and(Map.of("tierless.dispatch.read-timeout", "10S"));
        }
    }

    private int defaultTimeout;

    @AfterEach
    void backToTheQueue() {
        TxControl.setDefaultTimeout(defaultTimeout);
        WebhookTestReceiver.NEXT_DELAY_MILLIS.set(0);
        WebhookDispatchTest.setDispatch(null);
    }

    @Test
    void aDeliveryWhoseCommitIsLostIsSentAgainWithTheSameDeliveryId() {
        WebhookTestReceiver.DELIVERIES.clear();
        WebhookTestReceiver.ANSWER.set(200);
        WebhookDispatchTest.setDispatch(WebhookDispatchTest.webhook(false));
        String reference;
        defaultTimeout = TxControl.getDefaultTimeout();
        // Only now, after start-up's long transactions: every transaction begun from here ends after four seconds.
        TxControl.setDefaultTimeout(4);
        WebhookTestReceiver.NEXT_DELAY_MILLIS.set(6000);
        reference = WebhookDispatchTest.submit("lost@example.com");

        await().atMost(Duration.ofSeconds(40)).until(() -> "delivered".equals(
                WebhookDispatchTest.dispatchOf(reference).getString("dispatch.state")));
        List<WebhookTestReceiver.Delivery> deliveries = WebhookTestReceiver.DELIVERIES.stream()
                .filter(delivery -> reference.equals(JsonPath.from(delivery.body()).getString("reference"))).toList();
        assertThat(deliveries).as("the first, whose commit was lost, and the one sent again").hasSizeGreaterThan(1);
        assertThat(deliveries.stream().map(WebhookTestReceiver.Delivery::deliveryId).distinct()).hasSize(1);
        assertThat(WebhookDispatchTest.dispatchOf(reference).getInt("dispatch.attempts"))
                .as("the lost try left no trace").isEqualTo(1);
    }
}
