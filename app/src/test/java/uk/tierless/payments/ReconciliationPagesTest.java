package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static uk.tierless.payments.Reconciled.COUNCIL;
import static uk.tierless.payments.Reconciled.paid;

/** The reconciliation page, signed in through the browser's code flow: today's money by service, the CSV, who may. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReconciliationPagesTest {

    @Inject
    Payments payments;

    @Test
    void financeStaffLandOnTodaysPaymentsInPoundsByServiceWithTheCsv() {
        PaymentView payment = paid(payments, 125000, "council-tax-payment", SandboxJourneys.SUCCESS_CARD);
        Map<String, String> finance = StaffSignIn.as("malvern-hills.finance");

        given().cookies(finance).redirects().follow(false).when().get("/staff")
                .then().statusCode(303).header("Location", endsWith("/staff/payments"));
        String page = given().cookies(finance).when().get("/staff/payments")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Malvern Hills District Council").contains("href=\"/staff/payments\" aria-current=\"page\">Payments")
                .contains("Pay your council tax").contains(payment.reference()).contains("£1,250.00")
                .contains("Download the payments as CSV").doesNotContain("Work queue");
        String csvHref = page.replaceAll("(?s).*href=\"(/staff/payments\\.csv\\?[^\"]+)\".*", "$1").replace("&amp;", "&");
        given().cookies(finance).when().get(csvHref).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8").body(containsString(payment.reference() + ",council-tax-payment,"));
    }

    @Test
    void badDatesShowTheFormAgainWithAnErrorSummary() {
        Map<String, String> admin = StaffSignIn.as("malvern-hills.admin");

        String page = given().cookies(admin).queryParam("from", "2026-13-01").queryParam("to", "2026-12-01")
                .when().get("/staff/payments").then().statusCode(400).extract().asString();

        assertThat(page).contains("<title>Error: ").contains("govuk-error-summary")
                .contains("<a href=\"#from\">From must be a real date, like 2026-12-01</a>")
                .contains("value=\"2026-13-01\"").doesNotContain("id=\"totals\"");
    }

    @Test
    void otherStaffAreRefused() {
        Map<String, String> caseworker = StaffSignIn.as("tamworth.caseworker");

        given().cookies(caseworker).when().get("/staff/payments").then().statusCode(403);
        given().cookies(caseworker).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/staff/payments.csv").then().statusCode(403);
        assertThat(given().cookies(caseworker).when().get("/staff/requests").asString())
                .doesNotContain("href=\"/staff/payments\"");
    }
}
