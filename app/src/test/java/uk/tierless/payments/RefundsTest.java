package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static uk.tierless.payments.SandboxJourneys.COUNCIL;
import static uk.tierless.payments.SandboxJourneys.back;
import static uk.tierless.payments.SandboxJourneys.order;
import static uk.tierless.payments.SandboxJourneys.pay;

/** Refunds in full or in part, never more than was paid, by the payment council's administrators or finance staff, audited. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RefundsTest {

    private static final String ADMIN = TestTokens.realm("worcestershire.admin", COUNCIL, null, StaffRole.TENANT_ADMIN);

    @Inject
    Payments payments;

    private PaymentView paid(long amount) {
        PaymentView payment = payments.start(order(amount));
        back(pay(payment, SandboxJourneys.SUCCESS_CARD));
        return payment;
    }

    private static RequestSpecification as(String token, long amount, String reason) {
        return (token == null ? given() : given().auth().oauth2(token)).contentType("application/json")
                .body(Map.of("amount", amount, "reason", reason));
    }

    @Test
    void aPaymentIsRefundedInPartsButNeverBeyondWhatWasPaid() {
        PaymentView payment = paid(2200);

        as(ADMIN, 1100, "One copy was not needed").when().post("/api/v1/payments/{id}/refunds", payment.id())
                .then().statusCode(201).body("id", notNullValue()).body("amount", equalTo(1100))
                .body("status", equalTo("success"));
        as(ADMIN, 1101, "Too much").when().post("/api/v1/payments/{id}/refunds", payment.id())
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details[0].field", equalTo("amount"))
                .body("details[0].message", equalTo("must be at most 1100 (pence left to refund of 2200)"));
        as(TestTokens.realm("worcestershire.finance", COUNCIL, null, StaffRole.FINANCE), 1100, "The rest").when().post("/api/v1/payments/{id}/refunds", payment.id())
                .then().statusCode(201).body("amount", equalTo(1100));
        as(ADMIN, 1, "Nothing is left").when().post("/api/v1/payments/{id}/refunds", payment.id())
                .then().statusCode(400).body("details[0].field", equalTo("amount"));

        given().auth().oauth2(ADMIN).when().get("/api/v1/councils/{slug}/audit-events?size=100", COUNCIL)
                .then().statusCode(200)
                .body("items.findAll { it.action == 'payment.refunded' }.summary",
                        hasItem("Refunded 1100p of payment " + payment.reference()));
    }

    @Test
    void onlyThePaymentCouncilsAdministratorsAndFinanceStaffMayRefund() {
        PaymentView payment = paid(1000);

        as(TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN), 100, "Not ours")
                .when().post("/api/v1/payments/{id}/refunds", payment.id()).then().statusCode(403)
                .body("error", equalTo("forbidden"));
        as(TestTokens.realm("tamworth.finance", "tamworth", null, StaffRole.FINANCE), 100, "Another council's finance")
                .when().post("/api/v1/payments/{id}/refunds", payment.id()).then().statusCode(403);
        as(TestTokens.caseworker(COUNCIL), 100, "Not an administrator")
                .when().post("/api/v1/payments/{id}/refunds", payment.id()).then().statusCode(403);
        as(null, 100, "No one").when().post("/api/v1/payments/{id}/refunds", payment.id()).then().statusCode(401);
        as(ADMIN, 100, "No such payment").when().post("/api/v1/payments/{id}/refunds", "no-such-payment")
                .then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void aRefundNeedsAnAmountAndAReasonAndAPaymentThatSucceeded() {
        PaymentView payment = paid(1000);
        given().auth().oauth2(ADMIN).contentType("application/json").body(Map.of("amount", 0))
                .when().post("/api/v1/payments/{id}/refunds", payment.id())
                .then().statusCode(400).body("details.field", equalTo(List.of("amount", "reason")));

        PaymentView unpaid = payments.start(order(1000));
        as(ADMIN, 100, "Never paid").when().post("/api/v1/payments/{id}/refunds", unpaid.id())
                .then().statusCode(409).body("error", equalTo("conflict"));
    }
}
