package uk.tierless.integration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The integration keys page: in the staff menu; a tenant administrator makes a key, sees it once, and revokes it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class IntegrationKeyPagesTest {

    private static final String CLIENT = IntegrationKeysTest.CLIENT_PREFIX + "page CRM";

    @Inject
    IntegrationKeys keys;

    @AfterEach
    void deleteTheTestKeys() {
        IntegrationKeysTest.deleteTestKeys();
    }

    @Test
    void anAdministratorMakesAKeySeesItOnceAndRevokesIt() {
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as("tamworth.admin"));
        given().cookies(cookies).when().get("/admin/services").then().statusCode(200)
                .body(containsString("href=\"/admin/integration-keys\">Integration keys</a>"));
        Response page = given().cookies(cookies).when().get("/admin/integration-keys");
        page.then().statusCode(200)
                .body(containsString("href=\"/admin/integration-keys\" aria-current=\"page\">Integration keys</a>"));
        cookies.putAll(page.getCookies());
        String token = csrfToken(page.asString());

        given().cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("client", " ")
                .when().post("/admin/integration-keys")
                .then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#client\">Enter the name of the back office, 100 characters or fewer</a>"));

        Response issued = given().cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("client", CLIENT)
                .when().post("/admin/integration-keys");
        issued.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("The key for " + CLIENT + " is made."));
        Matcher shown = Pattern.compile("<code id=\"issued-key\" class=\"tierless-key\">(tlk_[^<]+)</code>").matcher(issued.asString());
        assertThat(shown.find()).isTrue();
        String key = shown.group(1);
        assertThat(keys.holder(key)).contains(new IntegrationKeys.Holder(CLIENT, "tamworth"));

        given().cookies(cookies).when().get("/admin/integration-keys").then().statusCode(200)
                .body(containsString(CLIENT)).body(not(containsString(key)));
        String id = keys.of("tamworth").stream().filter(view -> view.client().equals(CLIENT)).findFirst().orElseThrow()
                .id().toString();
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("key", id)
                .when().post("/admin/integration-keys/revoke")
                .then().statusCode(303).header("Location", endsWith("/admin/integration-keys?revoked=1"));
        assertThat(keys.holder(key)).isEmpty();
        given().cookies(cookies).when().get("/admin/integration-keys?revoked=1").then().statusCode(200)
                .body(containsString("The key is revoked")).body(containsString("by tamworth.admin"));
    }

    @Test
    void aFormWithoutItsCsrfTokenMakesNoKey() {
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as("tamworth.admin"));
        cookies.putAll(given().cookies(cookies).when().get("/admin/integration-keys").getCookies());
        given().cookies(cookies).contentType("application/x-www-form-urlencoded").formParam("client", CLIENT)
                .when().post("/admin/integration-keys").then().statusCode(400);
        assertThat(keys.of("tamworth")).noneMatch(view -> view.client().equals(CLIENT));
    }

    @Test
    void aCaseworkerIsRefusedAndNotShownTheMenuItem() {
        given().cookies(StaffSignIn.as("tamworth.caseworker")).when().get("/admin/integration-keys").then().statusCode(403);
        given().cookies(StaffSignIn.as("tamworth.caseworker")).when().get("/staff/requests").then().statusCode(200)
                .body(not(containsString("/admin/integration-keys")));
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }
}
