package uk.tierless.platform;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Two settings as production has them, where the test configuration differs: dispatch only to public addresses
 * (the test profile lets councils' webhooks call local receivers), and a map (its tile server the app's own icon,
 * so no network is needed). One profile for the classes that need either, so they share one start.
 */
public class AsInProduction implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return WithoutDemoHistory.and(Map.of("tierless.dispatch.allow-private", "false",
                "tierless.map.tile-url", "/icons/icon-192.png", "tierless.map.attribution", "Test tiles"));
    }
}
