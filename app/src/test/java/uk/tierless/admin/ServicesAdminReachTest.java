package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reach on every administration endpoint of Malvern Hills' services (docs/administration.md): its own tenant
 * administrator gets through (to an answer that changes nothing: a stale revision, no draft to discard or publish,
 * a version that does not exist, a dry run, a file
 * without its welcome), everyone else is refused: 403 with a token, 401 without.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicesAdminReachTest {

    private static final String SERVICES = "/api/v1/councils/malvern-hills/services";
    private static final String SERVICE = SERVICES + "/abandoned-vehicle";

    /** Method, path, body, and what the council's own administrator gets. */
    private record Endpoint(String method, String path, String body, int ownAdmin) {

        String contentType() {
            return path.endsWith(".yaml") || path.contains(".yaml?") ? "text/yaml" : "application/json";
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", SERVICES, null, 200),
            new Endpoint("GET", SERVICE, null, 200),
            new Endpoint("PUT", SERVICE + "/draft", "{\"offered\": true, \"mode\": \"link\", \"revision\": 99999}", 409),
            new Endpoint("DELETE", SERVICE + "/draft", null, 409),
            new Endpoint("POST", SERVICE + "/publish", "{}", 409),
            new Endpoint("GET", SERVICE + "/versions", null, 200),
            new Endpoint("POST", SERVICE + "/versions/99999/restore", "{}", 404),
            new Endpoint("GET", SERVICE + "/history", null, 200),
            new Endpoint("GET", "/api/v1/councils/malvern-hills/services.yaml", null, 200),
            new Endpoint("POST", "/api/v1/councils/malvern-hills/services.yaml?dryRun=true", "welcome: Hello", 200),
            new Endpoint("POST", "/api/v1/councils/malvern-hills/services.yaml", "services: []", 400));

    private record Caller(String who, String token, int status) {
    }

    private static List<Caller> callers() {
        return List.of(
                new Caller("Malvern Hills administrator", TestTokens.realm("malvern-hills.admin", "malvern-hills", null,
                        StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER), 0),
                new Caller("Worcester administrator (same partnership)", TestTokens.realm("worcester.admin", "worcester",
                        null, StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER), 403),
                new Caller("Lichfield administrator (other partnership)", TestTokens.realm("lichfield.admin", "lichfield",
                        null, StaffRole.TENANT_ADMIN), 403),
                new Caller("Malvern Hills caseworker", TestTokens.caseworker("malvern-hills"), 403),
                new Caller("Worcestershire board", TestTokens.realm("worcestershire.board", null, "worcestershire",
                        StaffRole.BOARD), 403),
                new Caller("platform administrator", TestTokens.realm("platform.admin", null, null,
                        StaffRole.PLATFORM_ADMIN), 403),
                new Caller("anonymous", null, 401));
    }

    static Stream<Arguments> everyEndpointForEveryone() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : callers()) {
            for (Endpoint endpoint : ENDPOINTS) {
                cases.add(Arguments.of(caller.who(), endpoint.method() + " " + endpoint.path(), caller.token(),
                        endpoint, caller.status() == 0 ? endpoint.ownAdmin() : caller.status()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}: {4}")
    @MethodSource("everyEndpointForEveryone")
    void reach(String who, String call, String token, Endpoint endpoint, int status) {
        RequestSpecification request = (token == null ? given() : given().auth().oauth2(token))
                .contentType(endpoint.contentType());
        if (endpoint.body() != null) {
            request.body(endpoint.body());
        }
        var response = request.request(endpoint.method(), endpoint.path());

        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(status);
        if (status == 401 || status == 403) {
            assertThat(response.<String>path("error")).isEqualTo(status == 401 ? "unauthorized" : "forbidden");
        }
    }
}
