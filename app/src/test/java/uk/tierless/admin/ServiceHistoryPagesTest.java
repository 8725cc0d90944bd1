package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Publishing from the service page, the service's history, and a version restored as a draft. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServiceHistoryPagesTest {

    static final String SERVICE = "new-bin";

    @Inject
    ServiceConfigurations configurations;

    @Test
    void publishIsLiveThenTheHistorySaysWhoChangedWhatAndAVersionCanBeRestored() {
        ServicePagesTest.Session admin = new ServicePagesTest.Session("malvern-hills.admin");
        Response page = admin.page(SERVICE);
        Map<String, String> fields = admin.fieldsOf(page.asString());
        String before = fields.get("summary");
        int next = configurations.of(ServicePagesTest.COUNCIL, SERVICE).version() + 1;
        fields.put("summary", "Order a new bin online.");
        admin.post(page, "/admin/service?service=" + SERVICE, fields).then().statusCode(303);

        Response withDraft = admin.page(SERVICE);
        assertThat(withDraft.asString()).contains("id=\"publish\"");
        admin.post(withDraft, "/admin/service/publish?service=" + SERVICE, Map.of()).then().statusCode(303)
                .header("Location", containsString("/admin/service?service=" + SERVICE + "&published=" + next));
        given().cookies(admin.cookies).queryParam("service", SERVICE).queryParam("published", String.valueOf(next))
                .when().get("/admin/service").then().statusCode(200)
                .body(containsString("<h2 class=\"govuk-panel__title\">Version " + next + " is live</h2>"));
        ServiceConfiguration live = configurations.of(ServicePagesTest.COUNCIL, SERVICE);
        assertThat(live.version()).isEqualTo(next);
        assertThat(live.settings().summary()).isEqualTo("Order a new bin online.");
        assertThat(live.draft()).isNull();

        // Nothing to publish now: said in the summary, not a failure page.
        admin.post(admin.page(SERVICE), "/admin/service/publish?service=" + SERVICE, Map.of()).then().statusCode(409)
                .body(containsString("govuk-error-summary")).body(containsString("save one first"));

        Response history = given().cookies(admin.cookies).queryParam("service", SERVICE)
                .when().get("/admin/service/history");
        admin.cookies.putAll(history.getCookies());
        String html = history.then().statusCode(200).extract().asString();
        assertThat(html).contains("new-bin version " + next + " published").contains("Draft of new-bin saved")
                .contains(", by malvern-hills.admin")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Tile summary</th>")
                .contains(">" + before + "</td>").contains(">Order a new bin online.</td>")
                .contains("Live</strong>");

        admin.post(history, "/admin/service/restore?service=" + SERVICE, Map.of("version", String.valueOf(next - 1)))
                .then().statusCode(303).header("Location", containsString("&restored=" + (next - 1)));
        ServiceConfiguration restored = configurations.of(ServicePagesTest.COUNCIL, SERVICE);
        assertThat(restored.draft().settings().summary()).isEqualTo(before);
        admin.post(admin.page(SERVICE), "/admin/service/publish?service=" + SERVICE, Map.of()).then().statusCode(303);
        assertThat(configurations.of(ServicePagesTest.COUNCIL, SERVICE).settings().summary()).isEqualTo(before);
    }

    @Test
    void anUnfitDraftIsListedWithLinksToTheFieldsAndStaysADraft() {
        ServicePagesTest.Session admin = new ServicePagesTest.Session("malvern-hills.admin");
        Response page = admin.page("bin-collection-day");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("link", "");
        admin.post(page, "/admin/service?service=bin-collection-day", fields).then().statusCode(303);

        String refused = admin.post(admin.page("bin-collection-day"), "/admin/service/publish?service=bin-collection-day",
                Map.of()).then().statusCode(400).extract().asString();
        assertThat(refused).contains("govuk-error-summary").contains("<a href=\"#link\">Link: ")
                .contains("<p id=\"link-error\" class=\"govuk-error-message\">");
        ServiceConfiguration after = configurations.of(ServicePagesTest.COUNCIL, "bin-collection-day");
        assertThat(after.draft()).isNotNull();
        assertThat(after.version()).isEqualTo(1);
        admin.post(admin.page("bin-collection-day"), "/admin/service/discard?service=bin-collection-day", Map.of())
                .then().statusCode(303);
    }

    @Test
    void formProblemsLinkToTheFormBuilder() {
        assertThat(PageErrors.of(java.util.List.of(new uk.tierless.api.ApiError.FieldError("form.questions[1].label",
                "is missing")), "missed-bin").lines())
                .extracting(PageErrors.Line::href).containsExactly("/admin/services/missed-bin/form");
    }
}
