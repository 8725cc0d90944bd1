package uk.tierless.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.platform.PostgresTestResource;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class StaffPagesTest {

    @Test
    void signedOutTheStaffPageSendsTheBrowserToTheRealmToSignIn() {
        given().redirects().follow(false)
                .when().get("/staff")
                .then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"))
                .header("Location", containsString("client_id=tierless-web"));
    }

    @Test
    void aCouncilWithItsOwnProviderSignsInThere() {
        Response login = given().redirects().follow(false).queryParam("council", "wychavon")
                .when().get("/staff/login");
        login.then().statusCode(303).header("Location", startsWith("http")).header("Location", containsString("/staff"));
        String remembered = login.getDetailedCookie(StaffPaths.COUNCIL_COOKIE).getValue();
        assertThat(remembered).isEqualTo("wychavon");
        assertThat(login.getDetailedCookie(StaffPaths.COUNCIL_COOKIE).isHttpOnly()).isTrue();
        assertThat(login.getDetailedCookie(StaffPaths.COUNCIL_COOKIE).getSameSite()).isEqualToIgnoringCase("Lax");

        given().redirects().follow(false).cookie(StaffPaths.COUNCIL_COOKIE, remembered)
                .when().get("/staff")
                .then().statusCode(302)
                .header("Location", containsString("/auth/realms/wychavon/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=" + OidcTestServer.OWN_PROVIDER_CLIENT));

        // The service forms read the council too (for its staff filing for a caller) and never send anyone to sign in.
        assertThat(login.getDetailedCookie(StaffPaths.COUNCIL_COOKIE).getPath()).isEqualTo("/");
        given().redirects().follow(false).cookie(StaffPaths.COUNCIL_COOKIE, remembered)
                .queryParam("service", "report-pothole").queryParam("postcode", "B49 5JR")
                .when().get("/form")
                .then().statusCode(200).body(containsString("Where is the pothole?"));
    }

    @Test
    void theLoginPageAsksForTheCouncilAndExplainsAMistake() {
        given().when().get("/staff/login")
                .then().statusCode(200)
                .body(containsString("Which council do you work for?"))
                .body(containsString("<option value=\"tamworth\">Tamworth Borough Council</option>"));

        given().queryParam("council", "atlantis").when().get("/staff/login")
                .then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("Choose your council from the list"));

        given().queryParam("council", "").when().get("/staff/login")
                .then().statusCode(400)
                .body(containsString("Choose the council you work for"));
    }

    @Test
    void signingInThroughTheBrowserShowsWhoIAmAndSigningOutNeedsTheFormsToken() {
        Map<String, String> cookies = new HashMap<>();
        Response challenge = given().redirects().follow(false).when().get("/staff");
        cookies.putAll(challenge.getCookies());
        URI authorize = URI.create(challenge.getHeader("Location"));
        String state = query(authorize, "state");
        String redirectUri = query(authorize, "redirect_uri");

        // The provider's login page posts back here with a code (the test server's /login does what Keycloak does).
        Response provider = given().redirects().follow(false).baseUri(authorize.getScheme() + "://" + authorize.getAuthority())
                .queryParam("redirect_uri", redirectUri).queryParam("state", state)
                .when().get("/login");
        URI callback = URI.create(provider.getHeader("Location"));
        Response signedIn = given().redirects().follow(false).cookies(cookies)
                .when().get(callback.getPath() + "?" + callback.getRawQuery());
        signedIn.then().statusCode(302);
        cookies.putAll(signedIn.getCookies());

        Response home = given().redirects().follow(false).cookies(cookies).when().get("/staff/account");
        home.then().statusCode(200)
                .body(containsString("Tamworth Caseworker"))
                .body(containsString("Tamworth Borough Council"))
                .body(containsString("<li>caseworker</li>"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
        assertThat(signedIn.getDetailedCookies().asList()).filteredOn(c -> c.getName().startsWith("q_session"))
                .isNotEmpty().allSatisfy(session -> assertThat(session.isHttpOnly()).isTrue());
        cookies.putAll(home.getCookies());

        given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .when().post("/staff/sign-out")
                .then().statusCode(400);

        String csrfToken = field(home.asString(), "csrf-token");
        given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrfToken)
                .when().post("/staff/sign-out")
                .then().statusCode(303).header("Location", containsString(StaffPaths.SIGN_OUT_CALLBACK));
    }

    @Test
    void signingInLandsOnTheWorkQueue() {
        Map<String, String> cookies = StaffSignIn.as("tamworth.caseworker");
        given().redirects().follow(false).cookies(cookies).when().get("/staff")
                .then().statusCode(303).header("Location", endsWith(StaffPaths.QUEUE));
        // The login page asks for /staff, so choosing the council leads there too.
        given().redirects().follow(false).queryParam("council", "tamworth").when().get("/staff/login")
                .then().statusCode(303).header("Location", endsWith(StaffPaths.HOME));
    }

    @Test
    void theHeaderOffersAFeaturesPagesOnlyWhereTheCouncilHasSomethingInThem() {
        // Tamworth books no appointments and has no classes; Staffordshire has register offices and no programme yet;
        // Worcestershire has a programme of classes.
        String tamworth = given().cookies(StaffSignIn.as("tamworth.admin")).when().get("/staff/requests").asString();
        assertThat(tamworth).doesNotContain("href=\"/staff/appointments\"").doesNotContain("href=\"/staff/classes\"")
                .doesNotContain("href=\"/staff/forecasts\"").doesNotContain("href=\"/admin/appointments\"")
                .doesNotContain("href=\"/admin/classes\"");
        String staffordshire = given().cookies(StaffSignIn.as("staffordshire.admin")).when().get("/staff/requests").asString();
        assertThat(staffordshire).contains("href=\"/staff/appointments\"").contains("href=\"/admin/appointments\"")
                .as("a county may import its first programme").contains("href=\"/admin/classes\"");
        String worcestershire = given().cookies(StaffSignIn.as("worcestershire.caseworker")).when().get("/staff/requests")
                .asString();
        assertThat(worcestershire).contains("href=\"/staff/classes\"").contains("href=\"/staff/forecasts\"")
                .doesNotContain("href=\"/staff/appointments\"").doesNotContain("href=\"/admin/classes\"");
    }

    @Test
    void theStaffHeaderNamesTheCouncilThePersonAndOnlyThePagesTheirRoleMayOpen() {
        Map<String, String> caseworker = StaffSignIn.as("tamworth.caseworker");
        for (String page : new String[] {"/staff/requests", "/staff/account"}) {
            String html = given().cookies(caseworker).when().get(page).then().statusCode(200).extract().asString();
            assertThat(html).contains("govuk-service-navigation")
                    .contains("<span class=\"govuk-service-navigation__text\">Tamworth Borough Council</span>")
                    .contains("Signed in as </span>Tamworth Caseworker</a>")
                    .contains("href=\"/staff/requests\"").contains(">Sign out</button>")
                    .doesNotContain("href=\"/staff/outbox\"");
        }
        assertThat(given().cookies(caseworker).when().get("/staff/requests").asString())
                .containsPattern("href=\"/staff/requests\" aria-current=\"page\">Work queue<");

        Map<String, String> admin = StaffSignIn.as("tamworth.admin");
        String deadLetters = given().cookies(admin).when().get("/staff/outbox").then().statusCode(200).extract().asString();
        assertThat(deadLetters).contains("Signed in as </span>Tamworth Admin</a>")
                .contains("href=\"/staff/outbox\" aria-current=\"page\">Dead letters<")
                .contains("href=\"/staff/requests\"");
        // No email or username in the header's links.
        assertThat(deadLetters).doesNotContain("tamworth.admin");
    }

    private static String query(URI uri, String name) {
        Matcher matcher = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        assertThat(matcher.find()).as("%s in %s", name, uri).isTrue();
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
        return matcher.group(1);
    }
}
