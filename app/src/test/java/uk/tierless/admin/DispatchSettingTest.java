package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.AsInProduction;
import uk.tierless.publishing.ServiceConfigurations;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * A form service's {@code dispatch} (where its requests go) through the administrators' API and the service page:
 * each wrong field refused by name, nothing saved; a right one saved, published, projected and exported. Uses
 * Tamworth's council tax balance form and puts it back.
 */
@QuarkusTest
@TestProfile(AsInProduction.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DispatchSettingTest {

    private static final String SERVICE = "council-tax-balance";
    private static final String PATH = "/api/v1/councils/tamworth/services/" + SERVICE;

    @Inject
    ServiceOffers offers;

    @Inject
    ServiceConfigurations configurations;

    @AfterEach
    void putBack() {
        if (ServicesAdminResourceTest.as("tamworth").get(PATH).path("draft") != null) {
            ServicesAdminResourceTest.as("tamworth").delete(PATH + "/draft").then().statusCode(204);
        }
        List<Integer> versions = ServicesAdminResourceTest.as("tamworth").get(PATH + "/versions").path("version");
        if (!versions.get(0).equals(versions.get(versions.size() - 1))) {
            ServicesAdminResourceTest.as("tamworth").body("{}").post(PATH + "/versions/1/restore").then().statusCode(200);
            ServicesAdminResourceTest.as("tamworth").body("{}").post(PATH + "/publish").then().statusCode(200);
        }
    }

    @Test
    void eachWrongFieldOfTheSettingIsRefusedByNameAndNothingIsSaved() {
        saveDraft(Map.of("method", "webhook", "url", "http://crm.tamworth.gov.uk/hook", "secretEnv", "tamworth-secret",
                "email", Map.of("to", "bins@tamworth.gov.uk")))
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details.field", hasItems("dispatch.url", "dispatch.secretEnv", "dispatch.email"))
                .body("details.find { it.field == 'dispatch.url' }.message",
                        equalTo("'http://crm.tamworth.gov.uk/hook' must be the receiver's https:// address"))
                .body("details.find { it.field == 'dispatch.secretEnv' }.message", containsString(
                        "must be the name of an environment variable (capital letters, digits and _)"));
        saveDraft(Map.of("method", "pigeon")).then().statusCode(400)
                .body("details[0].field", equalTo("dispatch.method"))
                .body("details[0].message", equalTo("'pigeon' is not one of tierless, webhook, open311, email"));
        saveDraft(Map.of("method", "email", "email", Map.of("to", "not an address"))).then().statusCode(400)
                .body("details[0].field", equalTo("dispatch.email.to"));
        saveDraft(Map.of("method", "open311", "open311", Map.of("endpoint", "https://crm.tamworth.gov.uk/open311",
                "apiKeyEnv", "1KEY"))).then().statusCode(400)
                .body("details[0].field", equalTo("dispatch.open311.apiKeyEnv"));
        assertThat(configurations.of("tamworth", SERVICE).draft()).isNull();

        // A draft may leave a field empty; publishing may not.
        saveDraft(Map.of("method", "email")).then().statusCode(200);
        ServicesAdminResourceTest.as("tamworth").body("{}").post(PATH + "/publish").then().statusCode(400)
                .body("details.field", hasItem("dispatch.email.to"))
                .body("details.find { it.field == 'dispatch.email.to' }.message",
                        equalTo("is missing: it must be the service inbox's email address"));
        assertThat(offers.dispatchOf("tamworth", SERVICE)).isEqualTo(Dispatch.QUEUE_ONLY);
    }

    @Test
    void onlyAFormServiceSendsItsRequestsAnywhere() {
        String link = "/api/v1/councils/tamworth/services/council-tax-payment";
        int revision = ServicesAdminResourceTest.as("tamworth").get(link).path("revision");
        ServicesAdminResourceTest.as("tamworth").body(Map.of("offered", true, "mode", "link",
                        "link", "https://www.tamworth.gov.uk/council-tax", "summary", "Pay your council tax.",
                        "dispatch", Map.of("method", "email", "email", Map.of("to", "tax@tamworth.gov.uk")),
                        "revision", revision))
                .put(link + "/draft").then().statusCode(400).body("details[0].field", equalTo("dispatch"))
                .body("details[0].message", equalTo("only a form service sends its requests anywhere"));
    }

    @Test
    void aWebhookIsSavedPublishedLiveAndExportedWithTheSecretOnlyNamed() {
        saveDraft(Map.of("method", "webhook", "url", "https://crm.tamworth.gov.uk/tierless", "secretEnv",
                "TAMWORTH_WEBHOOK_SECRET", "alsoQueue", true)).then().statusCode(200)
                .body("dispatch.method", equalTo("webhook"));
        ServicesAdminResourceTest.as("tamworth").body("{}").post(PATH + "/publish").then().statusCode(200);

        ServicesAdminResourceTest.as("tamworth").get(PATH).then().statusCode(200)
                .body("dispatch.method", equalTo("webhook"))
                .body("dispatch.url", equalTo("https://crm.tamworth.gov.uk/tierless"))
                .body("dispatch.secretEnv", equalTo("TAMWORTH_WEBHOOK_SECRET"))
                .body("dispatch.alsoQueue", equalTo(true))
                .body("dispatch.email", nullValue());
        assertThat(offers.dispatchOf("tamworth", SERVICE)).isEqualTo(new Dispatch("webhook",
                "https://crm.tamworth.gov.uk/tierless", "TAMWORTH_WEBHOOK_SECRET", true, null, null));
        assertThat(ServicesAdminResourceTest.as("tamworth").get("/api/v1/councils/tamworth/services.yaml").asString())
                .contains("  dispatch:\n    method: webhook\n    url: https://crm.tamworth.gov.uk/tierless\n"
                        + "    secretEnv: TAMWORTH_WEBHOOK_SECRET\n    alsoQueue: true\n");
    }

    @Test
    void thePageOffersEachMethodWithItsFieldsAndNamesAWrongOne() {
        ServicePagesTest.Session admin = new ServicePagesTest.Session("tamworth.admin");
        Response page = admin.page(SERVICE);
        assertThat(page.asString()).contains("Where requests go")
                .contains("name=\"dispatch-method\" type=\"radio\" value=\"tierless\" checked");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("dispatch-method", "webhook");
        fields.put("dispatch-url", "https://crm.tamworth.gov.uk/tierless");
        fields.put("dispatch-secretEnv", "the secret itself");
        String refused = admin.post(page, "/admin/service?service=" + SERVICE, fields).then().statusCode(400)
                .extract().asString();
        assertThat(refused).contains("<a href=\"#dispatch-secretEnv\">Webhook secret&#39;s environment variable: "
                        + "&#39;the secret itself&#39; must be the name of an environment variable")
                .contains("id=\"dispatch-secretEnv-error\"")
                .contains("value=\"https://crm.tamworth.gov.uk/tierless\"");
        assertThat(configurations.of("tamworth", SERVICE).draft()).isNull();

        fields.put("dispatch-secretEnv", "TAMWORTH_WEBHOOK_SECRET");
        fields.put("dispatch-email-to", "typed under another method@tamworth.gov.uk");
        admin.post(admin.page(SERVICE), "/admin/service?service=" + SERVICE, fields).then().statusCode(303);
        assertThat(configurations.of("tamworth", SERVICE).draft().settings().dispatch()).isEqualTo(new Dispatch(
                "webhook", "https://crm.tamworth.gov.uk/tierless", "TAMWORTH_WEBHOOK_SECRET", false, null, null));
        assertThat(admin.page(SERVICE).asString())
                .contains("name=\"dispatch-method\" type=\"radio\" value=\"webhook\" checked")
                .contains("value=\"TAMWORTH_WEBHOOK_SECRET\"");
        assertThat(io.restassured.RestAssured.given().cookies(admin.cookies).queryParam("service", SERVICE)
                .get("/admin/service/history").then().statusCode(200).extract().asString())
                .contains("Where requests go")
                .contains("webhook to https://crm.tamworth.gov.uk/tierless (secret in TAMWORTH_WEBHOOK_SECRET)");
    }

    private static Response saveDraft(Map<String, Object> dispatch) {
        int revision = ServicesAdminResourceTest.as("tamworth").get(PATH).path("revision");
        Map<String, Object> live = ServicesAdminResourceTest.as("tamworth").get(PATH).jsonPath().getMap("$");
        live.put("dispatch", dispatch);
        live.put("revision", revision);
        return ServicesAdminResourceTest.as("tamworth").body(live).put(PATH + "/draft");
    }
}
