package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.payments.sandbox.SandboxLedger;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.tierless.payments.Reconciled.COUNCIL;
import static uk.tierless.payments.Reconciled.paid;

/**
 * Reconciliation (docs/payments.md): the API's payments and totals are the sandbox provider's own record of what it
 * took and refunded; who may read them; bad dates; the CSV.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReconciliationTest {

    private static final String FINANCE = TestTokens.realm("malvern-hills.finance", COUNCIL, null, StaffRole.FINANCE);
    private static final String ADMIN = TestTokens.realm("malvern-hills.admin", COUNCIL, null, StaffRole.TENANT_ADMIN);

    @Inject
    Payments payments;

    @Inject
    SandboxLedger sandbox;

    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReconciliationPeriod.LONDON));
    }

    /** The ledger of the days around today, which hold every payment of this test run. */
    private JsonPath ledger(String token) {
        return given().auth().oauth2(token).queryParam("from", today().minusDays(1).toString())
                .queryParam("to", today().plusDays(1).toString())
                .when().get("/api/v1/councils/{slug}/payments", COUNCIL)
                .then().statusCode(200).header("Cache-Control", "private").extract().jsonPath();
    }

    @Test
    void thePaymentsAndTotalsAreTheSandboxProvidersOwnRecord() {
        PaymentView councilTax = paid(payments, 2500, "council-tax-payment", SandboxJourneys.SUCCESS_CARD);
        PaymentView certificates = paid(payments, 7700, "copy-certificate", SandboxJourneys.SUCCESS_CARD);
        PaymentView declined = paid(payments, 3850, "copy-certificate", SandboxJourneys.DECLINED_CARD);
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("amount", 3850, "reason", "One copy was not needed"))
                .when().post("/api/v1/payments/{id}/refunds", certificates.id()).then().statusCode(201);

        JsonPath ledger = ledger(FINANCE);
        List<SandboxLedger.Charge> charges = sandbox.charges(COUNCIL);
        List<SandboxLedger.Charge> succeeded = charges.stream()
                .filter(charge -> charge.state() == PaymentState.SUCCESS).toList();

        // Each payment the provider took, by its own id: the same reference, amount and refunds.
        Map<String, List<Object>> provider = succeeded.stream().collect(Collectors.toMap(SandboxLedger.Charge::providerId,
                charge -> List.of(charge.reference(), charge.amount(), charge.refunded())));
        List<Map<String, Object>> lines = ledger.getList("payments");
        Map<String, List<Object>> reconciled = lines.stream().collect(Collectors.toMap(
                line -> (String) line.get("providerReference"), line -> List.of(line.get("reference"),
                        ((Number) line.get("amount")).longValue(), ((Number) line.get("refunded")).longValue())));
        assertThat(reconciled).isEqualTo(provider);
        assertThat(lines).allSatisfy(line -> assertThat(line).containsEntry("provider", "sandbox")
                .containsEntry("state", "success"));

        long taken = succeeded.stream().mapToLong(SandboxLedger.Charge::amount).sum();
        long refunded = succeeded.stream().mapToLong(SandboxLedger.Charge::refunded).sum();
        assertThat(ledger.getLong("totals.taken")).isEqualTo(taken);
        assertThat(ledger.getLong("totals.refunded")).isEqualTo(refunded);
        assertThat(ledger.getLong("totals.net")).isEqualTo(taken - refunded);

        // This test's own payments among them: the declined card took nothing, the refund is counted.
        String declinedAtProvider = charges.stream().filter(charge -> charge.reference().equals(declined.reference()))
                .findFirst().orElseThrow().providerId();
        assertThat(reconciled).doesNotContainKey(declinedAtProvider);
        assertThat(lines).anySatisfy(line -> assertThat(line).containsEntry("id", councilTax.id())
                .containsEntry("service", "council-tax-payment").containsEntry("refunded", 0));
        assertThat(lines).anySatisfy(line -> assertThat(line).containsEntry("id", certificates.id())
                .containsEntry("service", "copy-certificate").containsEntry("refunded", 3850));

        // The days, and each day's services, add up to the totals; each service to its payments.
        List<Map<String, Object>> days = ledger.getList("days");
        assertThat(days.stream().mapToLong(day -> ((Number) day.get("taken")).longValue()).sum()).isEqualTo(taken);
        assertThat(days.stream().mapToLong(day -> ((Number) day.get("refunded")).longValue()).sum()).isEqualTo(refunded);
        Map<String, Long> takenByService = lines.stream().collect(Collectors.groupingBy(
                line -> (String) line.get("service"), Collectors.summingLong(line -> ((Number) line.get("amount")).longValue())));
        Map<String, Long> dayServices = ledger.<Map<String, Object>>getList("days.services.flatten()").stream()
                .collect(Collectors.groupingBy(service -> (String) service.get("service"),
                        Collectors.summingLong(service -> ((Number) service.get("taken")).longValue())));
        assertThat(dayServices).isEqualTo(takenByService);
        assertThat(ledger.getList("days.services.flatten().serviceName", String.class))
                .contains("Pay your council tax", "Order a copy certificate");
        assertThat(days).allSatisfy(day -> assertThat(((Number) day.get("net")).longValue()).isEqualTo(
                ((Number) day.get("taken")).longValue() - ((Number) day.get("refunded")).longValue()));
    }

    @Test
    void onlyTheCouncilsAdministratorsAndFinanceStaffMayReadItsPayments() {
        String from = today().toString();
        assertThat(ledger(ADMIN).getString("council")).isEqualTo(COUNCIL);
        given().queryParam("from", from).queryParam("to", from).when().get("/api/v1/councils/{slug}/payments", COUNCIL)
                .then().statusCode(401);
        for (String other : List.of(TestTokens.realm("tamworth.finance", "tamworth", null, StaffRole.FINANCE),
                TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN),
                TestTokens.caseworker(COUNCIL),
                TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN))) {
            given().auth().oauth2(other).queryParam("from", from).queryParam("to", from)
                    .when().get("/api/v1/councils/{slug}/payments", COUNCIL)
                    .then().statusCode(403).body("error", equalTo("forbidden"));
            given().auth().oauth2(other).queryParam("from", from).queryParam("to", from)
                    .when().get("/api/v1/councils/{slug}/payments.csv", COUNCIL).then().statusCode(403);
        }
        given().auth().oauth2(FINANCE).queryParam("from", from).queryParam("to", from)
                .when().get("/api/v1/councils/{slug}/payments", "nowhere").then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void badDatesAreRefusedNamingTheField() {
        refused(null, "2026-12-01", "from", "from is needed, as a date like 2026-12-01");
        refused("2026-02-30", "2026-03-01", "from", "from must be a real date, like 2026-12-01");
        refused("2026-12-02", "2026-12-01", "to", "to must be the same day as from or later");
        refused("2026-01-01", "2027-01-01", "to", "to must be less than a year after from: ask for a year at most");
        given().auth().oauth2(FINANCE).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/api/v1/councils/{slug}/payments", COUNCIL).then().statusCode(200)
                .body("from", equalTo("2026-01-01")).body("to", equalTo("2026-12-31"));
        given().auth().oauth2(FINANCE).queryParam("from", "yesterday").queryParam("to", "2026-12-31")
                .when().get("/api/v1/councils/{slug}/payments.csv", COUNCIL).then().statusCode(400)
                .body("details[0].field", equalTo("from"));
    }

    private static void refused(String from, String to, String field, String message) {
        var request = given().auth().oauth2(FINANCE).queryParam("to", to);
        if (from != null) {
            request.queryParam("from", from);
        }
        request.when().get("/api/v1/councils/{slug}/payments", COUNCIL).then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("details[0].field", equalTo(field))
                .body("details[0].message", equalTo(message));
    }

    @Test
    void theCsvHasAHeaderAndARowForEachPayment() {
        PaymentView payment = paid(payments, 2500, "council-tax-payment", SandboxJourneys.SUCCESS_CARD);
        String day = today().toString();
        Response csv = given().auth().oauth2(FINANCE).queryParam("from", day).queryParam("to", day)
                .when().get("/api/v1/councils/{slug}/payments.csv", COUNCIL);

        csv.then().statusCode(200).contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", equalTo("attachment; filename=\"malvern-hills-payments-" + day
                        + "-to-" + day + ".csv\""))
                .header("Cache-Control", "private");
        List<String> rows = csv.asString().lines().toList();
        assertThat(rows.get(0)).isEqualTo("id,reference,service,provider_reference,provider,state,amount_pence,"
                + "amount_pounds,refunded_pence,refunded_pounds,taken_at,taken_on");
        String providerId = sandbox.charges(COUNCIL).stream().filter(charge -> charge.reference()
                .equals(payment.reference())).findFirst().orElseThrow().providerId();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(String.join(",", payment.id(),
                payment.reference(), "council-tax-payment", providerId, "sandbox", "success", "2500", "25.00", "0",
                "0.00")).endsWith("," + day));
        assertThat(csv.asString()).doesNotContain("@").doesNotContain("Sam Resident");
    }
}
