package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Behind TLS (secure cookies on) every answer tells the browser to use HTTPS only. */
@QuarkusTest
@TestProfile(HstsTest.SecureCookies.class)
@WithTestResource(PostgresTestResource.class)
class HstsTest {

    public static class SecureCookies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tierless.secure-cookies", "true");
        }
    }

    @Test
    void everyAnswerCarriesStrictTransportSecurity() {
        for (String path : List.of("/", "/track", "/api/v1/councils", "/api/v1/me", "/no-such-page", "/q/health/live")) {
            assertThat(given().redirects().follow(false).get(path).getHeader("Strict-Transport-Security")).as(path)
                    .isEqualTo("max-age=31536000; includeSubDomains");
        }
    }
}
