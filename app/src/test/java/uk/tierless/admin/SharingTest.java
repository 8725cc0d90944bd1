package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.VersionView;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Lichfield shares its assisted-collection form with Staffordshire Connects; Stafford, whose version is a link,
 * adopts it into a draft that says where it came from, and publishes it as its own. Only the partnership's councils,
 * only services the adopter runs.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SharingTest {

    private static final String SERVICE = "assisted-collection";
    private static final String PARTNERSHIP = "staffordshire-connects";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    private static String admin(String council) {
        return TestTokens.realm(council + ".admin", council, null, StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER);
    }

    @AfterEach
    void putStaffordBack() {
        ServiceConfiguration now = configurations.of("stafford", SERVICE);
        if (now.draft() != null) {
            drafts.discard("stafford", SERVICE, "tester");
        }
        List<VersionView> versions = publisher.versions("stafford", SERVICE);
        if (versions.size() > 1) {
            publisher.restore("stafford", SERVICE, 1, "tester");
            publisher.publish("stafford", SERVICE, "tester");
        }
    }

    @Test
    void staffordAdoptsLichfieldsSharedFormAndPublishesItAsItsOwn() {
        String template = given().auth().oauth2(admin("lichfield")).contentType("application/json").body("{}")
                .when().post("/api/v1/councils/lichfield/services/" + SERVICE + "/share")
                .then().statusCode(201)
                .body("council", equalTo("lichfield"))
                .body("service", equalTo(SERVICE))
                .body("version", equalTo(1))
                .extract().path("template");
        // A version is shared once.
        given().auth().oauth2(admin("lichfield")).contentType("application/json").body("{}")
                .when().post("/api/v1/councils/lichfield/services/" + SERVICE + "/share")
                .then().statusCode(409).body("message", containsString(template));

        given().auth().oauth2(admin("stafford")).when().get("/api/v1/partnerships/" + PARTNERSHIP + "/templates")
                .then().statusCode(200)
                .body("template", hasItem(template))
                .body("find { it.template == '" + template + "' }.councilName", equalTo("Lichfield District Council"));
        given().auth().oauth2(admin("stafford")).when().get("/api/v1/partnerships/" + PARTNERSHIP + "/templates/" + template)
                .then().statusCode(200)
                .body("settings.mode", equalTo("form"))
                .body("settings.link", nullValue())
                .body("settings.targetDays", nullValue())
                .body("settings.form.questions.id", hasItem("bin-place"));

        given().auth().oauth2(admin("stafford")).contentType("application/json").body(Map.of("template", template))
                .when().post("/api/v1/councils/stafford/services/" + SERVICE + "/adopt")
                .then().statusCode(200)
                .body("adaptedFrom", equalTo("Lichfield District Council, version 1"))
                .body("mode", equalTo("form"))
                .body("link", nullValue())
                .body("form.questions.id", hasItem("bin-place"));

        VersionView published = publisher.publish("stafford", SERVICE, "stafford.admin");
        assertThat(published.adaptedFrom()).isEqualTo("Lichfield District Council, version 1");
        assertThat(configurations.of("stafford", SERVICE).settings().mode()).isEqualTo("form");
    }

    @Test
    void onlyWhatCanBeSharedAndAdoptedIs() {
        // A link is the council's own: nothing to share.
        given().auth().oauth2(admin("lichfield")).contentType("application/json").body("{}")
                .when().post("/api/v1/councils/lichfield/services/dog-fouling/share")
                .then().statusCode(409).body("message", containsString("a link to Lichfield's own website"));
        String template = given().auth().oauth2(admin("lichfield")).contentType("application/json").body("{}")
                .when().post("/api/v1/councils/lichfield/services/new-bin/share")
                .then().statusCode(201).extract().path("template");

        // The county does not run a district's service.
        given().auth().oauth2(admin("staffordshire")).contentType("application/json").body(Map.of("template", template))
                .when().post("/api/v1/councils/staffordshire/services/new-bin/adopt")
                .then().statusCode(404).body("message", containsString("is a district service"));
        // Another partnership's council does not see it.
        given().auth().oauth2(admin("redditch")).contentType("application/json").body(Map.of("template", template))
                .when().post("/api/v1/councils/redditch/services/new-bin/adopt")
                .then().statusCode(404).body("error", equalTo("not_found"));
        // A template is adopted as the service it is.
        given().auth().oauth2(admin("stafford")).contentType("application/json").body(Map.of("template", template))
                .when().post("/api/v1/councils/stafford/services/" + SERVICE + "/adopt")
                .then().statusCode(400).body("details.field", hasItem("template"));
        given().auth().oauth2(admin("stafford")).contentType("application/json").body(Map.of("template", "nonsense"))
                .when().post("/api/v1/councils/stafford/services/new-bin/adopt")
                .then().statusCode(400).body("details.field", hasItem("template"));
        assertThat(configurations.of("stafford", "new-bin").draft()).isNull();
    }

    @Test
    void onlyThePartnershipsAdministratorsReachIt() {
        String list = "/api/v1/partnerships/" + PARTNERSHIP + "/templates";
        given().when().get(list).then().statusCode(401);
        given().auth().oauth2(admin("redditch")).when().get(list).then().statusCode(403);
        given().auth().oauth2(TestTokens.caseworker("stafford")).when().get(list).then().statusCode(403);
        given().auth().oauth2(TestTokens.realm("board", null, PARTNERSHIP, StaffRole.BOARD)).when().get(list)
                .then().statusCode(403);
        given().auth().oauth2(admin("stafford")).when().get("/api/v1/partnerships/atlantis/templates").then().statusCode(404);
        given().auth().oauth2(admin("tamworth")).contentType("application/json").body("{}")
                .when().post("/api/v1/councils/lichfield/services/" + SERVICE + "/share").then().statusCode(403);
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/councils/lichfield/services/" + SERVICE + "/share").then().statusCode(401);
        given().auth().oauth2(admin("tamworth")).contentType("application/json").body(Map.of("template", "x"))
                .when().post("/api/v1/councils/stafford/services/" + SERVICE + "/adopt").then().statusCode(403);
    }
}
