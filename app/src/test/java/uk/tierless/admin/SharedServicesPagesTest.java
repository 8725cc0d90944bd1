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
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServiceTemplates;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Stafford's administrator finds Lichfield's shared form on the page, previews it and adopts it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SharedServicesPagesTest {

    private static final String SERVICE = "additional-bin";

    @Inject
    ServiceTemplates templates;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @AfterEach
    void noDraftLeft() {
        if (configurations.of("stafford", SERVICE).draft() != null) {
            drafts.discard("stafford", SERVICE, "tester");
        }
    }

    @Test
    void aSharedInformationPageIsPreviewedAsResidentsWouldReadIt() {
        String template = templates.share("lichfield", "local-events", "lichfield.admin").template();

        given().cookies(StaffSignIn.as("stafford.admin")).queryParam("template", template)
                .when().get("/admin/shared/preview").then().statusCode(200)
                .body(containsString("<h2 class=\"govuk-heading-m\">What"))
                .body(not(containsString("## What")));
    }

    @Test
    void anAdministratorPreviewsASharedServiceAndAdoptsIt() {
        String template = templates.share("lichfield", SERVICE, "lichfield.admin").template();
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as("stafford.admin"));

        given().cookies(cookies).when().get("/admin/shared").then().statusCode(200)
                .body(containsString("href=\"/admin/shared/preview?template=" + template + "\""))
                .body(containsString("Lichfield District Council"));
        Response preview = given().cookies(cookies).queryParam("template", template).when().get("/admin/shared/preview");
        preview.then().statusCode(200)
                .body(containsString("Shared by Lichfield District Council, version 1"))
                .body(containsString("Adopt as my draft"));
        cookies.putAll(preview.getCookies());

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", field(preview.asString(), "csrf-token")).formParam("template", template)
                .when().post("/admin/shared/adopt")
                .then().statusCode(303).header("Location", endsWith("/admin/shared?adopted=" + template));
        given().cookies(cookies).queryParam("adopted", template).when().get("/admin/shared").then().statusCode(200)
                .body(containsString("is now your draft, adapted from Lichfield District Council, version 1."))
                .body(containsString("href=\"" + ServicePages.href(SERVICE) + "\""));
        assertThat(configurations.of("stafford", SERVICE).draft().adaptedFrom())
                .isEqualTo("Lichfield District Council, version 1");

        // Caseworkers administer nothing.
        given().cookies(StaffSignIn.as("lichfield.caseworker")).queryParam("template", template)
                .when().get("/admin/shared/preview").then().statusCode(403);
        given().cookies(StaffSignIn.as("staffordshire.caseworker")).when().get("/admin/shared").then().statusCode(403);
    }

    @Test
    void anAdministratorSharesOneOfTheirServicesOnThePage() {
        Map<String, String> cookies = new HashMap<>(StaffSignIn.as("tamworth.admin"));
        Response page = given().cookies(cookies).when().get("/admin/shared");
        page.then().statusCode(200)
                .body(containsString("<option value=\"missed-bin\">"))
                .body(org.hamcrest.Matchers.not(containsString("<option value=\"bin-collection-day\">")));
        cookies.putAll(page.getCookies());
        String token = field(page.asString(), "csrf-token");

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("service", "")
                .when().post("/admin/shared/share")
                .then().statusCode(400).body(containsString("<a href=\"#service\">Select the service to share</a>"));
        String location = given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("service", "missed-bin")
                .when().post("/admin/shared/share")
                .then().statusCode(303).extract().header("Location");
        given().cookies(cookies).when().get(location).then().statusCode(200)
                .body(containsString("is shared with your partnership."));
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("service", "missed-bin")
                .when().post("/admin/shared/share")
                .then().statusCode(400).body(containsString("is already shared"));
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
        return matcher.group(1);
    }
}
