package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** The branding page: signed in as the council's administrator, a refusal on the page, a save, a logo. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BrandingPagesTest {

    @Inject
    Branding branding;

    @AfterEach
    void putBackAsTheFilesHaveIt() {
        branding.change(BrandingTest.COUNCIL, new Branding.BrandingChange(BrandingTest.COLOUR, BrandingTest.WELCOME), "tester");
    }

    @Test
    void anAdministratorChangesTheBrandingOnThePage() throws IOException {
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as(BrandingTest.COUNCIL + ".admin"));
        Response page = given().cookies(cookies).when().get("/admin/branding");
        page.then().statusCode(200)
                .body(containsString("value=\"" + BrandingTest.COLOUR + "\""))
                .body(containsString("Now white text on " + BrandingTest.COLOUR + " has a contrast ratio of"))
                .body(containsString("href=\"/admin/branding\" aria-current=\"page\">Branding</a>"));
        cookies.putAll(page.getCookies());
        String token = field(page.asString(), "csrf-token");

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("brandColour", "#ffdd00").formParam("welcome", "Kept on the page")
                .when().post("/admin/branding")
                .then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#brandColour\">White text on #ffdd00 has a contrast ratio of 1.3:1; it needs at least 4.5:1</a>"))
                .body(containsString(">Kept on the page</textarea>"));

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("brandColour", "#1d70b8").formParam("welcome", "Saved on the page")
                .when().post("/admin/branding")
                .then().statusCode(303).header("Location", endsWith("/admin/branding?saved=branding"));
        assertThat(branding.of(BrandingTest.COUNCIL).welcome()).isEqualTo("Saved on the page");

        given().cookies(cookies).redirects().follow(false).multiPart("csrf-token", token)
                .multiPart("logo", "logo.gif", TestImages.gif(TestImages.picture(10, 10)), "image/gif")
                .when().post("/admin/branding/logo")
                .then().statusCode(400)
                .body(containsString("<a href=\"#logo\">The logo must be a PNG or JPEG image</a>"));
        given().cookies(cookies).redirects().follow(false).multiPart("csrf-token", token)
                .multiPart("logo", "logo.png", TestImages.pngWithText(TestImages.picture(30, 10)), "image/png")
                .when().post("/admin/branding/logo")
                .then().statusCode(303).header("Location", endsWith("/admin/branding?saved=logo"));
        given().cookies(cookies).when().get("/admin/branding?saved=logo").then().statusCode(200)
                .body(containsString("Your new logo is live."))
                .body(containsString("<img src=\"/brand/" + BrandingTest.COUNCIL + "/logo\""));
    }

    @Test
    void aCaseworkerIsRefused() {
        Map<String, String> cookies = StaffSignIn.as("tamworth.caseworker");
        given().cookies(cookies).when().get("/admin/branding").then().statusCode(403);
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
        return matcher.group(1);
    }
}
