package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Behind TLS (secure cookies on) every answer tells the browser to use HTTPS only. */
@QuarkusTest
@TestProfile(HstsTest.SecureCookies.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HstsTest {

    public static class SecureCookies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return WithoutDemoHistory.and(Map.of("tierless.secure-cookies", "true"));
        }
    }

    @Test
    void everyAnswerCarriesStrictTransportSecurity() {
        for (String path : List.of("/", "/track", "/api/v1/councils", "/api/v1/me", "/no-such-page", "/q/health/live")) {
            assertThat(given().redirects().follow(false).get(path).getHeader("Strict-Transport-Security")).as(path)
                    .isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void signingInAsksTheProviderToReturnOverHttpsWithSecureCookies() {
        for (String council : List.of("tamworth", "wychavon")) {
            Response challenge = given().redirects().follow(false).cookie("tierless_staff_council", council).get("/staff");
            assertThat(challenge.statusCode()).isEqualTo(302);
            assertThat(challenge.getHeader("Location")).as(council).contains("redirect_uri=https%3A%2F%2Flocalhost%3A8081%2Fstaff");
            assertThat(challenge.getDetailedCookies().asList()).as(council).filteredOn(c -> c.getName().startsWith("q_auth"))
                    .isNotEmpty().allSatisfy(cookie -> assertThat(cookie.isSecured()).isTrue());
        }
    }
}
