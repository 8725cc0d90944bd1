package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.CouncilTaxByAmount;
import uk.tierless.catalogue.PaymentSettings;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.publishing.SeededServices;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

/**
 * The Fees section of the admin service page: Worcestershire's administrator changes the standard copy certificate
 * from £12.50 to £13.00 and publishes it, and the API charges it; amounts that are not pounds and pence, and
 * Tamworth's council tax minimum over its maximum, are refused with the page's errors and save nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeesPageTest {

    static final String CERTIFICATE = "copy-certificate";
    static final String COUNCIL_TAX = CouncilTaxByAmount.SERVICE;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Inject
    CouncilTaxByAmount councilTax;

    @AfterEach
    void putBack() {
        SeededServices.putBack(configurations, drafts, publisher, "worcestershire", CERTIFICATE);
        councilTax.putBack();
    }

    @Test
    void aChangedFeeIsSavedInTheDraftAndChargedOncePublished() {
        ServicePagesTest.Session admin = new ServicePagesTest.Session("worcestershire.admin");
        Response page = admin.page(CERTIFICATE);
        assertThat(page.asString()).contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Fees</legend>")
                .contains("for=\"payment-fees-0-amount\">Standard service</label>")
                .contains("remove a fee, or change its name, use the administrators' API or");
        Map<String, String> fields = admin.fieldsOf(page.asString());
        assertThat(fields).containsEntry("payment-fees-0-amount", "12.50").containsEntry("payment-fees-1-amount", "38.50");

        fields.put("payment-fees-0-amount", "£13");
        admin.post(page, "/admin/service?service=" + CERTIFICATE, fields).then().statusCode(303);
        PaymentSettings draft = configurations.of("worcestershire", CERTIFICATE).draft().settings().payment();
        assertThat(draft.fees()).extracting(PaymentSettings.Fee::amount).containsExactly(1300L, 3850L);
        assertThat(draft.feeQuestion()).isEqualTo("service-level");
        assertThat(draft.quantityQuestion()).isEqualTo("copies");
        certificateFees().body("fees.amount", contains(1250, 3850));

        Response withDraft = admin.page(CERTIFICATE);
        assertThat(admin.fieldsOf(withDraft.asString())).containsEntry("payment-fees-0-amount", "13.00");
        admin.post(withDraft, "/admin/service/publish?service=" + CERTIFICATE, Map.of()).then().statusCode(303);
        certificateFees().body("fees.code", contains("standard", "priority")).body("fees.amount", contains(1300, 3850));
        given().cookies(admin.cookies).queryParam("service", CERTIFICATE).when().get("/admin/service/history")
                .then().statusCode(200).body(containsString("Standard service £12.50; Priority service £38.50"))
                .body(containsString("Standard service £13.00; Priority service £38.50"));
    }

    @Test
    void aFeeThatIsNotPoundsAndPenceIsRefusedAndNothingIsSaved() {
        ServicePagesTest.Session admin = new ServicePagesTest.Session("worcestershire.admin");
        Response page = admin.page(CERTIFICATE);
        Map<String, String> fields = admin.fieldsOf(page.asString());
        fields.put("payment-fees-0-amount", "12,5");
        fields.put("payment-fees-1-amount", "0");
        String refused = admin.post(page, "/admin/service?service=" + CERTIFICATE, fields)
                .then().statusCode(400).extract().asString();
        assertThat(refused).contains("<title>Error: ")
                .contains("<a href=\"#payment-fees-0-amount\">Fee 1: Enter the fee in pounds and pence, like 12.50</a>")
                .contains("<p id=\"payment-fees-0-amount-error\" class=\"govuk-error-message\">")
                .contains("<a href=\"#payment-fees-1-amount\">Fee 2: Enter an amount of more than £0.00</a>")
                .contains("value=\"12,5\"")
                .contains("aria-describedby=\"payment-fees-0-amount-hint payment-fees-0-amount-error\"");
        assertThat(configurations.of("worcestershire", CERTIFICATE).draft()).isNull();
        certificateFees().body("fees.amount", contains(1250, 3850));
    }

    @Test
    void aMinimumOverTheMaximumIsRefusedAndNothingIsSaved() {
        councilTax.publish();
        ServicePagesTest.Session admin = new ServicePagesTest.Session("tamworth.admin");
        Response page = admin.page(COUNCIL_TAX);
        Map<String, String> fields = admin.fieldsOf(page.asString());
        assertThat(fields).containsEntry("payment-minimum", "1.00").containsEntry("payment-maximum", "5,000.00")
                .doesNotContainKey("payment-fees-0-amount");
        fields.put("payment-minimum", "6,000");
        String refused = admin.post(page, "/admin/service?service=" + COUNCIL_TAX, fields)
                .then().statusCode(400).extract().asString();
        assertThat(refused)
                .contains("<a href=\"#payment-minimum\">Smallest amount: The minimum must not be more than the maximum</a>")
                .contains("value=\"6,000\"");

        fields.put("payment-minimum", "1");
        fields.put("payment-maximum", "lots");
        admin.post(page, "/admin/service?service=" + COUNCIL_TAX, fields).then().statusCode(400)
                .body(containsString("<a href=\"#payment-maximum\">Largest amount: Enter the amount in pounds and pence, like 25.00</a>"));
        assertThat(configurations.of("tamworth", COUNCIL_TAX).draft()).isNull();

        fields.put("payment-maximum", "2,500.00");
        admin.post(page, "/admin/service?service=" + COUNCIL_TAX, fields).then().statusCode(303);
        PaymentSettings draft = configurations.of("tamworth", COUNCIL_TAX).draft().settings().payment();
        assertThat(draft.minimum()).isEqualTo(100L);
        assertThat(draft.maximum()).isEqualTo(250000L);
        assertThat(draft.amountQuestion()).isEqualTo("amount");
    }

    @Test
    void aFreeServiceHasNoFees() {
        ServicePagesTest.Session admin = new ServicePagesTest.Session("tamworth.admin");
        assertThat(admin.page("moving-home").asString()).doesNotContain(">Fees</legend>").doesNotContain("payment-");
    }

    private static ValidatableResponse certificateFees() {
        return given().queryParam("postcode", "WR1 1RJ").when().get("/api/v1/services/" + CERTIFICATE)
                .then().statusCode(200);
    }
}
