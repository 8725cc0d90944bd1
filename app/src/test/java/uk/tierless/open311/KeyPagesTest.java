package uk.tierless.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The Open311 keys page: a tenant administrator makes a key, sees it once, and revokes it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class KeyPagesTest {

    private static final String CLIENT = Open311KeysTest.CLIENT_PREFIX + "page client";

    @Inject
    Open311Keys keys;

    @AfterEach
    void deleteTheTestKeys() {
        QuarkusTransaction.requiringNew().run(() -> Open311Key.delete("client like ?1", Open311KeysTest.CLIENT_PREFIX + "%"));
    }

    @Test
    void anAdministratorMakesAKeySeesItOnceAndRevokesIt() {
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as("tamworth.admin"));
        Response page = given().cookies(cookies).when().get("/admin/open311-keys");
        page.then().statusCode(200)
                .body(containsString("href=\"/admin/open311-keys\" aria-current=\"page\">Open311 keys</a>"));
        cookies.putAll(page.getCookies());
        String token = field(page.asString(), "csrf-token");

        given().cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("client", " ")
                .when().post("/admin/open311-keys")
                .then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#client\">Enter the name of the client, 100 characters or fewer</a>"));

        Response issued = given().cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("client", CLIENT)
                .when().post("/admin/open311-keys");
        issued.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("The key for " + CLIENT + " is made."));
        Matcher shown = Pattern.compile("<code id=\"issued-key\" class=\"tierless-key\">([^<]+)</code>").matcher(issued.asString());
        assertThat(shown.find()).isTrue();
        String key = shown.group(1);
        assertThat(keys.holder(key)).contains(new Open311Keys.Holder(CLIENT, "tamworth", null));

        Response again = given().cookies(cookies).when().get("/admin/open311-keys");
        again.then().statusCode(200).body(containsString(CLIENT)).body(not(containsString(key)));
        String id = keys.of(Open311Keys.Owner.council("tamworth")).stream().filter(view -> view.client().equals(CLIENT))
                .findFirst().orElseThrow().id().toString();
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("key", id)
                .when().post("/admin/open311-keys/revoke")
                .then().statusCode(303).header("Location", endsWith("/admin/open311-keys?revoked=1"));
        assertThat(keys.holder(key)).isEmpty();
        given().cookies(cookies).when().get("/admin/open311-keys?revoked=1").then().statusCode(200)
                .body(containsString("The key is revoked")).body(containsString("by tamworth.admin"))
                .body(containsString("Revoked " + LocalDate.now(ZoneId.of("Europe/London"))
                        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + " by tamworth.admin"));
    }

    @Test
    void aCaseworkerIsRefused() {
        given().cookies(StaffSignIn.as("tamworth.caseworker")).when().get("/admin/open311-keys").then().statusCode(403);
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the page has a " + name + " field").isTrue();
        return matcher.group(1);
    }
}
