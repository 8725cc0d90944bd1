package uk.tierless.integration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.Secrets;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Integration keys through the API: issued once, stored as a hash, listed without the key, revoked; and who may. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class IntegrationKeysTest {

    static final String CLIENT_PREFIX = "Integration test ";
    static final String TAMWORTH_ADMIN = TestTokens.realm("tamworth.admin", "tamworth", null,
            StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER);
    private static final String KEYS = "/api/v1/councils/tamworth/integration-keys";

    @Inject
    IntegrationKeys keys;

    @AfterEach
    void deleteTheTestKeys() {
        deleteTestKeys();
    }

    static void deleteTestKeys() {
        QuarkusTransaction.requiringNew().run(() -> IntegrationKey.delete("client like ?1", CLIENT_PREFIX + "%"));
    }

    @Test
    void aTenantAdministratorIssuesAKeyThatIsShownOnceAndStoredAsAHash() {
        Response issued = given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json")
                .body("{\"client\": \"  " + CLIENT_PREFIX + "CRM \"}").when().post(KEYS);
        issued.then().statusCode(201)
                .body("key", startsWith("tlk_"))
                .body("client", equalTo(CLIENT_PREFIX + "CRM"))
                .body("council", equalTo("tamworth"))
                .body("id", notNullValue())
                .body("createdAt", notNullValue());
        String key = issued.path("key");
        String id = issued.path("id");

        IntegrationKey stored = QuarkusTransaction.requiringNew().call(() -> IntegrationKey.<IntegrationKey>findById(UUID.fromString(id)));
        assertThat(stored.keyHash).isEqualTo(Secrets.sha256(key)).doesNotContain(key.substring(IntegrationKeys.PREFIX.length()));
        assertThat(keys.holder(key)).contains(new IntegrationKeys.Holder(CLIENT_PREFIX + "CRM", "tamworth"));

        String listed = given().auth().oauth2(TAMWORTH_ADMIN).when().get(KEYS).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.client", equalTo(CLIENT_PREFIX + "CRM"))
                .body("find { it.id == '" + id + "' }.createdBy", equalTo("tamworth.admin"))
                .body("find { it.id == '" + id + "' }.revokedAt", nullValue())
                .extract().asString();
        assertThat(listed).doesNotContain(key).doesNotContain(stored.keyHash);

        given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json").when().delete(KEYS + "/" + id).then().statusCode(200)
                .body("revokedAt", notNullValue()).body("revokedBy", equalTo("tamworth.admin"));
        assertThat(keys.holder(key)).isEmpty();
        given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json").when().delete(KEYS + "/" + id).then().statusCode(200);
    }

    @Test
    void aKeyNeedsAClientName() {
        for (String body : new String[]{"{}", "{\"client\": \"   \"}", "{\"client\": \"" + "x".repeat(101) + "\"}",
                "{\"client\": \"two\\nlines\"}"}) {
            given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json").body(body).when().post(KEYS)
                    .then().statusCode(400).body("error", equalTo("invalid_request"))
                    .body("details.field", hasItem("client"));
        }
    }

    @Test
    void onlyTheCouncilsOwnAdministratorsReachItsKeys() {
        String id = issue(TAMWORTH_ADMIN, "tamworth", CLIENT_PREFIX + "reach").path("id");
        String body = "{\"client\": \"" + CLIENT_PREFIX + "refused\"}";
        for (String token : new String[]{TestTokens.realm("lichfield.admin", "lichfield", null, StaffRole.TENANT_ADMIN),
                TestTokens.caseworker("tamworth"),
                TestTokens.realm("board.member", null, "staffordshire-connects", StaffRole.BOARD),
                TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN)}) {
            given().auth().oauth2(token).contentType("application/json").body(body).when().post(KEYS)
                    .then().statusCode(403).body("error", equalTo("forbidden"));
            given().auth().oauth2(token).when().get(KEYS).then().statusCode(403).body("error", equalTo("forbidden"));
            given().auth().oauth2(token).contentType("application/json").when().delete(KEYS + "/" + id).then().statusCode(403);
        }
        given().contentType("application/json").body(body).when().post(KEYS).then().statusCode(401)
                .body("error", equalTo("unauthorized"));
        given().when().get(KEYS).then().statusCode(401);
        given().contentType("application/json").when().delete(KEYS + "/" + id).then().statusCode(401);
        given().auth().oauth2(TAMWORTH_ADMIN).when().get("/api/v1/councils/nowhere/integration-keys").then().statusCode(404)
                .body("error", equalTo("not_found"));
        given().auth().oauth2(TAMWORTH_ADMIN).when().get(KEYS).then().statusCode(200).body("client", not(hasItem(CLIENT_PREFIX + "refused")));
    }

    @Test
    void anotherCouncilsKeyCannotBeRevokedFromHere() {
        String lichfield = TestTokens.realm("lichfield.admin", "lichfield", null, StaffRole.TENANT_ADMIN);
        Response theirs = issue(lichfield, "lichfield", CLIENT_PREFIX + "Lichfield CRM");
        String id = theirs.path("id");
        given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json").when().delete(KEYS + "/" + id).then().statusCode(404).body("error", equalTo("not_found"));
        given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json").when().delete(KEYS + "/not-a-key").then().statusCode(404);
        given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json").when().delete(KEYS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TAMWORTH_ADMIN).when().get(KEYS).then().statusCode(200).body("id", not(hasItem(id)));
        assertThat(keys.holder(theirs.path("key"))).isPresent();
    }

    /** A key issued through the API, for the tests that use one. */
    static Response issue(String adminToken, String council, String client) {
        Response issued = given().auth().oauth2(adminToken).contentType("application/json")
                .body("{\"client\": \"" + client + "\"}").when().post("/api/v1/councils/" + council + "/integration-keys");
        issued.then().statusCode(201);
        return issued;
    }
}
