package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServiceSettings;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** An administrator's preview of a service's draft as residents will see it; never a resident's, never sent. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicePreviewPagesTest {

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Test
    void theDraftIsShownAsResidentsWillSeeItMarkedPreview() {
        ServiceConfiguration live = configurations.of("malvern-hills", "single-person-discount");
        ServiceSettings info = new ServiceSettings(true, "info", null, "Pay 25% less if you live alone.",
                "## Who can get it\n\nAnyone who is the **only adult** at home.", false, null, java.util.List.of(), null, null, null);
        drafts.save("malvern-hills", "single-person-discount", info, live.revision(), "malvern-hills.admin");
        try {
            Map<String, String> admin = StaffSignIn.as("malvern-hills.admin");
            String page = given().cookies(admin).queryParam("service", "single-person-discount")
                    .when().get("/admin/service/preview").then().statusCode(200).extract().asString();
            assertThat(page).contains("<h2 class=\"govuk-notification-banner__title\" id=\"preview-title\">Preview</h2>")
                    .contains("This is the draft of Apply for a single person discount")
                    .contains("Pay 25% less if you live alone.")
                    .contains("<h2 class=\"govuk-heading-m\">Who can get it</h2>")
                    .contains("<strong>only adult</strong>")
                    .doesNotContain("https://www.malvernhills.gov.uk/council-tax")
                    .doesNotContain("<form");
        } finally {
            drafts.discard("malvern-hills", "single-person-discount", "malvern-hills.admin");
        }
    }

    @Test
    void aFormIsShownPageByPageWithNothingToSendIt() {
        Map<String, String> admin = StaffSignIn.as("tamworth.admin");
        String page = given().cookies(admin).queryParam("service", "moving-home")
                .when().get("/admin/service/preview").then().statusCode(200).extract().asString();
        assertThat(page).contains("There is no draft: this is Tell us you are moving home as residents see it now.")
                .contains("Page 1 of the form")
                .contains("Are you moving into, out of or within Tamworth?")
                .contains("type=\"radio\"")
                .doesNotContain("<form")
                .doesNotContain("/form/submit");
    }

    @Test
    void onlyTheCouncilsAdministratorsCanSeeIt() {
        given().cookies(StaffSignIn.as("tamworth.caseworker")).queryParam("service", "moving-home")
                .when().get("/admin/service/preview").then().statusCode(403)
                .body(containsString("You cannot see this page"));
        given().redirects().follow(false).queryParam("service", "moving-home")
                .when().get("/admin/service/preview").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
    }
}
