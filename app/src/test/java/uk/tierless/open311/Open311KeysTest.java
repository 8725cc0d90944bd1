package uk.tierless.open311;

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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Open311 keys through the API: issued once, stored as a hash, listed without the key, revoked; and who may. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class Open311KeysTest {

    static final String CLIENT_PREFIX = "Keys test ";
    private static final String COUNCIL_KEYS = "/api/v1/councils/malvern-hills/open311-keys";
    private static final String PARTNERSHIP_KEYS = "/api/v1/partnerships/worcestershire/open311-keys";
    private static final String ADMIN = TestTokens.realm("malvern-hills.admin", "malvern-hills", null,
            StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER);
    private static final String PLATFORM = TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN);

    @Inject
    Open311Keys keys;

    @AfterEach
    void deleteTheTestKeys() {
        QuarkusTransaction.requiringNew().run(() -> Open311Key.delete("client like ?1", CLIENT_PREFIX + "%"));
    }

    @Test
    void aTenantAdministratorIssuesAKeyThatIsShownOnceAndStoredAsAHash() {
        Response issued = given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"client\": \"  " + CLIENT_PREFIX + "FixMyStreet \"}")
                .when().post(COUNCIL_KEYS);
        issued.then().statusCode(201)
                .body("key", startsWith(Open311Keys.PREFIX))
                .body("client", equalTo(CLIENT_PREFIX + "FixMyStreet"))
                .body("council", equalTo("malvern-hills"))
                .body("id", notNullValue());
        String key = issued.path("key");
        String id = issued.path("id");

        Open311Key stored = QuarkusTransaction.requiringNew().call(() -> Open311Key.<Open311Key>findById(java.util.UUID.fromString(id)));
        assertThat(stored.keyHash).isEqualTo(Secrets.sha256(key)).doesNotContain(key.substring(Open311Keys.PREFIX.length()));
        assertThat(keys.holder(key)).contains(new Open311Keys.Holder(CLIENT_PREFIX + "FixMyStreet", "malvern-hills", null));

        String listed = given().auth().oauth2(ADMIN).when().get(COUNCIL_KEYS).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.client", equalTo(CLIENT_PREFIX + "FixMyStreet"))
                .body("find { it.id == '" + id + "' }.createdBy", equalTo("malvern-hills.admin"))
                .body("find { it.id == '" + id + "' }.revokedAt", nullValue())
                .extract().asString();
        assertThat(listed).doesNotContain(key);

        given().auth().oauth2(ADMIN).contentType("application/json").when().delete(COUNCIL_KEYS + "/" + id).then().statusCode(200)
                .body("revokedAt", notNullValue()).body("revokedBy", equalTo("malvern-hills.admin"));
        assertThat(keys.holder(key)).isEmpty();
        given().auth().oauth2(ADMIN).contentType("application/json").when().delete(COUNCIL_KEYS + "/" + id).then().statusCode(200);
    }

    @Test
    void aKeyNeedsAClientName() {
        for (String body : new String[]{"{}", "{\"client\": \"   \"}", "{\"client\": \"" + "x".repeat(101) + "\"}",
                "{\"client\": \"two\\nlines\"}"}) {
            given().auth().oauth2(ADMIN).contentType("application/json").body(body).when().post(COUNCIL_KEYS)
                    .then().statusCode(400).body("error", equalTo("invalid_request"))
                    .body("details.field", hasItem("client"));
        }
    }

    @Test
    void onlyTheCouncilsOwnAdministratorsReachItsKeys() {
        String body = "{\"client\": \"" + CLIENT_PREFIX + "refused\"}";
        for (String token : new String[]{TestTokens.realm("worcester.admin", "worcester", null, StaffRole.TENANT_ADMIN),
                TestTokens.caseworker("malvern-hills"), PLATFORM}) {
            given().auth().oauth2(token).contentType("application/json").body(body).when().post(COUNCIL_KEYS)
                    .then().statusCode(403).body("error", equalTo("forbidden"));
            given().auth().oauth2(token).when().get(COUNCIL_KEYS).then().statusCode(403);
        }
        given().contentType("application/json").body(body).when().post(COUNCIL_KEYS).then().statusCode(401);
        given().auth().oauth2(ADMIN).when().get("/api/v1/councils/nowhere/open311-keys").then().statusCode(404);
    }

    @Test
    void anotherCouncilsKeyCannotBeRevokedFromHere() {
        String worcester = TestTokens.realm("worcester.admin", "worcester", null, StaffRole.TENANT_ADMIN);
        String id = given().auth().oauth2(worcester).contentType("application/json")
                .body("{\"client\": \"" + CLIENT_PREFIX + "Worcester app\"}")
                .when().post("/api/v1/councils/worcester/open311-keys").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).contentType("application/json").when().delete(COUNCIL_KEYS + "/" + id).then().statusCode(404);
        given().auth().oauth2(ADMIN).contentType("application/json").when().delete(COUNCIL_KEYS + "/not-a-key").then().statusCode(404);
        given().auth().oauth2(ADMIN).when().get(COUNCIL_KEYS).then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void aPlatformAdministratorIssuesAPartnershipsKeys() {
        Response issued = given().auth().oauth2(PLATFORM).contentType("application/json")
                .body("{\"client\": \"" + CLIENT_PREFIX + "area app\"}").when().post(PARTNERSHIP_KEYS);
        issued.then().statusCode(201).body("partnership", equalTo("worcestershire"))
                .body("client", equalTo(CLIENT_PREFIX + "area app"));
        assertThat(keys.holder(issued.path("key")))
                .contains(new Open311Keys.Holder(CLIENT_PREFIX + "area app", null, "worcestershire"));
        given().auth().oauth2(PLATFORM).when().get(PARTNERSHIP_KEYS).then().statusCode(200)
                .body("id", hasItem((String) issued.path("id")));

        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"client\": \"" + CLIENT_PREFIX + "x\"}")
                .when().post(PARTNERSHIP_KEYS).then().statusCode(403);
        given().auth().oauth2(PLATFORM).contentType("application/json").body("{\"client\": \"" + CLIENT_PREFIX + "x\"}")
                .when().post("/api/v1/partnerships/nowhere/open311-keys").then().statusCode(404);
        given().auth().oauth2(PLATFORM).contentType("application/json").when().delete(PARTNERSHIP_KEYS + "/" + issued.path("id")).then().statusCode(200);
        assertThat(keys.holder(issued.path("key"))).isEmpty();
    }
}
