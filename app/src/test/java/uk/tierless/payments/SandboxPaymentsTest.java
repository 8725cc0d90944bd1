package uk.tierless.payments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.AtOnce;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.tenancy.TenantScope;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static uk.tierless.payments.SandboxJourneys.COUNCIL;
import static uk.tierless.payments.SandboxJourneys.back;
import static uk.tierless.payments.SandboxJourneys.cardPage;
import static uk.tierless.payments.SandboxJourneys.order;
import static uk.tierless.payments.SandboxJourneys.pay;

/** Worcestershire has no GOV.UK Pay account: with the sandbox on, its residents pay on Tierless's test card page. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SandboxPaymentsTest {

    private static final String BANNER = "Test payments: no money moves";

    @Inject
    Payments payments;

    @Inject
    SettledPayments settled;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void theSuccessCardPaysAndTheReturnPageSettlesAndSendsTheResidentOn() {
        PaymentView payment = payments.start(order(2200));
        assertThat(payments.takesPayments(COUNCIL)).isTrue();
        assertThat(payment.nextUrl()).startsWith("http://localhost:8081/payments/sandbox?payment=");

        Response page = cardPage(payment);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains(BANNER).contains("£22.00").contains("Worcestershire")
                .contains("name=\"cardNumber\"").contains("name=\"expiryMonth\"").contains("name=\"expiryYear\"")
                .contains("name=\"cvc\"").contains("name=\"cardholderName\"").contains("Cancel payment");

        Response toProvider = pay(payment, SandboxJourneys.SUCCESS_CARD);
        assertThat(toProvider.statusCode()).isEqualTo(303);
        assertThat(toProvider.header("Location")).isEqualTo("http://localhost:8081/payments/" + payment.id() + "/return");
        Response onward = back(toProvider);
        assertThat(onward.statusCode()).isEqualTo(303);
        assertThat(onward.header("Location")).endsWith("/paid?payment=" + payment.id());

        assertThat(payments.find(payment.id())).get().satisfies(found -> {
            assertThat(found.state()).isEqualTo(PaymentState.SUCCESS);
            assertThat(found.nextUrl()).isNull();
        });
        assertThat(settled.of(payment.id())).singleElement().satisfies(told -> {
            assertThat(told.succeeded()).isTrue();
            assertThat(told.purpose()).isEqualTo("request");
            assertThat(told.amount()).isEqualTo(2200);
        });
        given().when().get("/api/v1/payments/{id}", payment.id()).then().statusCode(200)
                .body("id", equalTo(payment.id())).body("reference", equalTo(payment.reference()))
                .body("amount", equalTo(2200)).body("state", equalTo("success"));
    }

    @Test
    void theDeclinedCardAndTheErrorCardFailWithNothingTaken() {
        PaymentView declined = payments.start(order(1000));
        back(pay(declined, SandboxJourneys.DECLINED_CARD));
        PaymentView failing = payments.start(order(1000));
        back(pay(failing, SandboxJourneys.ERROR_CARD));

        assertThat(payments.find(declined.id()).orElseThrow().state()).isEqualTo(PaymentState.FAILED);
        assertThat(settled.of(declined.id())).singleElement().satisfies(told -> assertThat(told.succeeded()).isFalse());
        assertThat(payments.find(failing.id()).orElseThrow().state()).isEqualTo(PaymentState.ERROR);
        assertThat(settled.of(failing.id())).singleElement().satisfies(told -> assertThat(told.succeeded()).isFalse());
    }

    @Test
    void theCancelLinkSendsTheResidentBackWithThePaymentFailed() {
        PaymentView payment = payments.start(order(1500));
        Matcher link = Pattern.compile("href=\"(/payments/sandbox/cancel[^\"]+)\"").matcher(cardPage(payment).asString());
        assertThat(link.find()).isTrue();
        String cancel = link.group(1);

        Response toProvider = given().redirects().follow(false).when().get(cancel.replace("&amp;", "&"));
        assertThat(toProvider.statusCode()).isEqualTo(303);
        back(toProvider);

        assertThat(payments.find(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.FAILED);
        assertThat(settled.of(payment.id())).singleElement().satisfies(told -> assertThat(told.succeeded()).isFalse());
    }

    @Test
    void badCardDetailsAreShownInAnErrorSummaryAndARealCardIsRefused() {
        PaymentView payment = payments.start(order(1200));

        Response refused = pay(cardPage(payment), "1234", "13", "20", "12", " ");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains(BANNER).contains("There is a problem")
                .contains("href=\"#cardNumber\"").contains("href=\"#expiryMonth\"").contains("href=\"#cvc\"")
                .contains("href=\"#cardholderName\"").contains("Error: Enter card details");
        Response realCard = pay(cardPage(payment), "4242 4242 4242 4242", "12", "30", "123", "Sam Resident");
        assertThat(realCard.statusCode()).isEqualTo(400);
        assertThat(realCard.asString()).contains("use one of the test card numbers");

        assertThat(payments.refresh(payment.id()).state()).isEqualTo(PaymentState.STARTED);
        assertThat(settled.of(payment.id())).isEmpty();
    }

    @Test
    void theSameKeyTwiceAtOnceIsOnePaymentAndOneCharge() throws Exception {
        PaymentOrder order = order(2500);

        List<PaymentView> both = AtOnce.twice(() -> payments.start(order));

        assertThat(both.get(0).id()).isEqualTo(both.get(1).id());
        assertThat(both.get(0).nextUrl()).isEqualTo(both.get(1).nextUrl());
        assertThat(payments.start(order).id()).isEqualTo(both.get(0).id());
        assertThat(tenantScope.call(COUNCIL, () -> entityManager.createNativeQuery(
                        "select count(*) from sandbox_payments where idempotency_key = :key", Long.class)
                .setParameter("key", both.get(0).id()).getSingleResult())).isEqualTo(1L);
    }

    @Test
    void anAmountOfNothingOrOverPaysLimitAndAPathOffTheSiteAreRefusedBeforeAnythingIsWritten() {
        PaymentOrder order = order(10_000_001);
        assertThatThrownBy(() -> payments.start(order)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().getStatusCode()).isEqualTo(400);
            assertThat(e.toError().details()).extracting(ApiError.FieldError::field).containsExactly("amount");
        });
        PaymentOrder offSite = new PaymentOrder(COUNCIL, 0, "WCC-2612-0009", "A copy", null, "order-off-site",
                "request", "//elsewhere.example/paid", "copy-certificate");
        assertThatThrownBy(() -> payments.start(offSite)).isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                e.toError().details()).extracting(ApiError.FieldError::field).containsExactly("amount", "continuePath"));
        assertThat(tenantScope.call(COUNCIL, () -> Payment.count("idempotencyKey in ?1",
                List.of(order.idempotencyKey(), offSite.idempotencyKey())))).isZero();
    }

    @Test
    void anUnknownPaymentIsA404InTheApisShapeAndOnThePages() {
        given().when().get("/api/v1/payments/{id}", "no-such-payment").then().statusCode(404)
                .body("error", equalTo("not_found"));
        given().redirects().follow(false).when().get("/payments/no-such-payment/return").then().statusCode(404);
        Response page = given().when().get("/payments/sandbox?payment=nothing&c=" + COUNCIL);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.asString()).contains(BANNER);
    }
}
