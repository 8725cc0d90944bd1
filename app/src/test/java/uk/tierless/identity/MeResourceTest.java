package uk.tierless.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.platform.PostgresTestResource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class MeResourceTest {

    @Inject
    StaffDirectory staffDirectory;

    @Test
    void aCaseworkerIsNamedWithTheirCouncilAndRoles() {
        given().auth().oauth2(TestTokens.realm("tamworth.caseworker", "tamworth", null, StaffRole.CASEWORKER,
                        "offline_access", "uma_authorization"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("tamworth.caseworker"))
                .body("council", equalTo("tamworth"))
                .body("partnership", nullValue())
                .body("roles", contains(StaffRole.CASEWORKER));
    }

    @Test
    void aBoardMemberIsNamedWithTheirPartnership() {
        given().auth().oauth2(TestTokens.realm("worcestershire.board", null, "worcestershire", StaffRole.BOARD))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("council", nullValue())
                .body("partnership", equalTo("worcestershire"))
                .body("roles", contains(StaffRole.BOARD));
    }

    @Test
    void noTokenIsEverLogged() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String good = TestTokens.caseworker("stafford");
            String wrongIssuer = TestTokens.ownProvider("x", Map.of()).replace("a", "b");
            given().auth().oauth2(good).when().get("/api/v1/me").then().statusCode(200);
            given().auth().oauth2(wrongIssuer).when().get("/api/v1/me").then().statusCode(401);

            assertThat(logged).noneMatch(line -> line.contains(good.substring(0, 40)) || line.contains("eyJ"));
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void noTokenIsA401InTheErrorShape() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void aCouncilsOwnProviderSpeaksForThatCouncilOnlyWhateverItsClaimsSay() {
        given().auth().oauth2(TestTokens.ownProvider("jo.bloggs", Map.of("council", "tamworth",
                        "partnership", "staffordshire-connects"),
                        StaffRole.CASEWORKER, StaffRole.TENANT_ADMIN, StaffRole.PLATFORM_ADMIN, StaffRole.BOARD))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("jo.bloggs"))
                .body("council", equalTo(OidcTestServer.OWN_PROVIDER_COUNCIL))
                .body("partnership", nullValue())
                .body("roles", containsInAnyOrder(StaffRole.CASEWORKER, StaffRole.TENANT_ADMIN));

        given().auth().oauth2(TestTokens.ownProvider("jo.bloggs", Map.of(), StaffRole.CASEWORKER))
                .when().get("/api/v1/councils/wychavon/audit-events")
                .then().statusCode(200);
    }

    @Test
    void everySignInIsRecordedInTheCouncilsOwnStaffTable() {
        given().auth().oauth2(TestTokens.realm("lichfield.admin", "lichfield", null,
                        StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER))
                .when().get("/api/v1/me").then().statusCode(200);

        assertThat(staffDirectory.find("lichfield", "lichfield.admin")).get().satisfies(member -> {
            assertThat(member.displayName()).isEqualTo("lichfield.admin");
            assertThat(member.roles()).containsExactly(StaffRole.CASEWORKER, StaffRole.TENANT_ADMIN);
            assertThat(member.lastSeenAt()).isNotNull();
        });
        assertThat(staffDirectory.find("tamworth", "lichfield.admin")).isEmpty();
    }
}
