package uk.tierless.platform;

import io.quarkus.test.junit.QuarkusTestProfile;
import uk.tierless.dispatch.WebhookTestReceiver;
import uk.tierless.notifications.NotifyTestServer;
import uk.tierless.payments.GovUkPayTestServer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test configuration without the board's demo history (reports/DemoHistory), which is most of a start: for the
 * classes that never read the board. With it come the stand-ins of the third parties (GOV.UK Notify and GOV.UK Pay
 * for Worcester City only, a webhook receiver), so that the classes testing them share this one start rather than
 * each starting Quarkus again. Profiles of their own build on its overrides with {@link #and}.
 */
public class WithoutDemoHistory implements QuarkusTestProfile {

    private static final Map<String, String> NO_HISTORY = Map.of("tierless.demo-history", "false");

    @Override
    public Map<String, String> getConfigOverrides() {
        return NO_HISTORY;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(NotifyTestServer.class), new TestResourceEntry(GovUkPayTestServer.class),
                new TestResourceEntry(WebhookTestReceiver.class));
    }

    /** These overrides, without the demo history. */
    public static Map<String, String> and(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(overrides);
        all.putAll(NO_HISTORY);
        return all;
    }
}
