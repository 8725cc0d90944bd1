package uk.tierless.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tierless.platform.PostgresTestResource;

import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reach rule on Tamworth's audit log (docs/architecture.md, Reach): every role against its own council, another
 * council of the partnership (Lichfield), another partnership (Bromsgrove, Worcestershire), and anonymous.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReachMatrixTest {

    private static final String TAMWORTH_AUDIT = "/api/v1/councils/tamworth/audit-events";

    static Stream<Arguments> whoReachesTamworthsAuditLog() throws Exception {
        return Stream.of(
                Arguments.of("anonymous", null, 401),
                Arguments.of("Tamworth caseworker", TestTokens.caseworker("tamworth"), 200),
                Arguments.of("Tamworth administrator", TestTokens.realm("tamworth.admin", "tamworth", null,
                        StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER), 200),
                Arguments.of("Lichfield caseworker (same partnership)", TestTokens.caseworker("lichfield"), 403),
                Arguments.of("Lichfield administrator (same partnership)", TestTokens.realm("lichfield.admin",
                        "lichfield", null, StaffRole.TENANT_ADMIN), 403),
                Arguments.of("Staffordshire caseworker (the county)", TestTokens.caseworker("staffordshire"), 403),
                Arguments.of("Bromsgrove caseworker (other partnership)", TestTokens.caseworker("bromsgrove"), 403),
                Arguments.of("Staffordshire Connects board", TestTokens.realm("staffordshire-connects.board", null,
                        "staffordshire-connects", StaffRole.BOARD), 403),
                Arguments.of("Worcestershire board", TestTokens.realm("worcestershire.board", null,
                        "worcestershire", StaffRole.BOARD), 403),
                Arguments.of("platform administrator", TestTokens.realm("platform.admin", null, null,
                        StaffRole.PLATFORM_ADMIN), 403),
                Arguments.of("Tamworth account with no Tierless role", TestTokens.realm("tamworth.visitor", "tamworth",
                        null, "offline_access"), 403),
                Arguments.of("token signed by an unknown key", TestTokens.forged("tamworth"), 401),
                Arguments.of("Wychavon's own provider claiming Tamworth", TestTokens.ownProvider("w.caseworker",
                        Map.of("council", "tamworth"), StaffRole.CASEWORKER), 403));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("whoReachesTamworthsAuditLog")
    void reach(String who, String token, int status) {
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        var response = request.when().get(TAMWORTH_AUDIT).then().statusCode(status);
        if (status != 200) {
            response.body("error", equalTo(status == 401 ? "unauthorized" : "forbidden"));
        }
    }
}
