package uk.tierless.platform;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The test configuration without the board's demo history (reports/DemoHistory), which is most of a start: for the
 * classes that start Quarkus on their own (a profile or a test resource of their own) and never read the board.
 * Their profiles extend it and add their overrides with {@link #and}.
 */
public class WithoutDemoHistory implements QuarkusTestProfile {

    private static final Map<String, String> NO_HISTORY = Map.of("tierless.demo-history", "false");

    @Override
    public Map<String, String> getConfigOverrides() {
        return NO_HISTORY;
    }

    /** These overrides, without the demo history. */
    protected static Map<String, String> and(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(overrides);
        all.putAll(NO_HISTORY);
        return all;
    }
}
