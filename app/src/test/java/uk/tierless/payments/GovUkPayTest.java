package uk.tierless.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiException;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.payments.govukpay.GovUkPayProvider;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worcester takes payments through GOV.UK Pay (a stand-in for its documented API): the requests, the answers, faults. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class GovUkPayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNCIL = OidcTestServer.NOTIFY_COUNCIL;

    @Inject
    Payments payments;

    @Inject
    GovUkPayProvider govUkPay;

    @Inject
    SettledPayments settled;

    @Inject
    TenantScope tenantScope;

    private static PaymentOrder order(String reference, String key) {
        return new PaymentOrder(COUNCIL, 2200, reference, "Copy certificate: 2 copies, standard", "resident@example.com",
                key, "request", "/paid", "copy-certificate");
    }

    @Test
    void aPaymentIsCreatedWithPaysFieldsTheCouncilsKeyAndAnIdempotencyKey() throws Exception {
        String key = "order-" + UUID.randomUUID();
        PaymentView payment = payments.start(order("WCY-2612-0001", key));

        assertThat(payment.state()).isEqualTo(PaymentState.CREATED);
        assertThat(payment.nextUrl()).isEqualTo(GovUkPayTestServer.NEXT_URL);
        List<LoggedRequest> calls = GovUkPayTestServer.server().findAll(postRequestedFor(urlEqualTo("/v1/payments"))
                .withHeader("Idempotency-Key", equalTo(payment.id())));
        assertThat(calls).hasSize(1);
        LoggedRequest call = calls.get(0);
        assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + GovUkPayTestServer.API_KEY);
        JsonNode body = JSON.readTree(call.getBodyAsString());
        assertThat(body.get("amount").isIntegralNumber()).isTrue();
        assertThat(body.get("amount").asLong()).isEqualTo(2200);
        assertThat(body.get("reference").asText()).isEqualTo("WCY-2612-0001");
        assertThat(body.get("description").asText()).isEqualTo("Copy certificate: 2 copies, standard");
        assertThat(body.get("return_url").asText()).isEqualTo("http://localhost:8081/payments/" + payment.id() + "/return");
        assertThat(body.get("email").asText()).isEqualTo("resident@example.com");

        PaymentView again = payments.start(order("WCY-2612-0001", key));
        assertThat(again.id()).isEqualTo(payment.id());
        assertThat(GovUkPayTestServer.server().findAll(postRequestedFor(urlEqualTo("/v1/payments"))
                .withHeader("Idempotency-Key", equalTo(payment.id())))).hasSize(1);
    }

    @Test
    void itsStateIsReadFromPayAndAFinishedPaymentSettlesOnce() {
        PaymentView payment = payments.start(order("WCY-2612-0002", "order-" + UUID.randomUUID()));

        PaymentView read = payments.refresh(payment.id());
        payments.refresh(payment.id());

        assertThat(read.state()).isEqualTo(PaymentState.SUCCESS);
        assertThat(read.nextUrl()).isNull();
        assertThat(settled.of(payment.id())).singleElement().satisfies(told -> {
            assertThat(told.succeeded()).isTrue();
            assertThat(told.council()).isEqualTo(COUNCIL);
            assertThat(told.amount()).isEqualTo(2200);
            assertThat(told.reference()).isEqualTo("WCY-2612-0002");
        });
    }

    @Test
    void aRefundSendsTheAmountAndWhatIsStillAvailableAsPayAsks() throws Exception {
        PaymentView payment = payments.start(order("WCY-2612-0003", "order-" + UUID.randomUUID()));
        payments.refresh(payment.id());

        given().auth().oauth2(TestTokens.realm("worcester.admin", COUNCIL, null, StaffRole.TENANT_ADMIN))
                .contentType("application/json").body(Map.of("amount", 500, "reason", "One copy was not needed"))
                .when().post("/api/v1/payments/{id}/refunds", payment.id())
                .then().statusCode(201)
                .body("amount", org.hamcrest.Matchers.equalTo(500))
                .body("status", org.hamcrest.Matchers.equalTo("submitted"));

        LoggedRequest call = GovUkPayTestServer.server().findAll(postRequestedFor(
                urlEqualTo("/v1/payments/" + GovUkPayTestServer.PAYMENT_ID + "/refunds"))).get(0);
        JsonNode body = JSON.readTree(call.getBodyAsString());
        assertThat(body.get("amount").asLong()).isEqualTo(500);
        assertThat(body.get("refund_amount_available").asLong()).isEqualTo(2200);
    }

    @Test
    void aPaymentsEventsAreReadInOrder() {
        assertThat(govUkPay.events(COUNCIL, GovUkPayTestServer.PAYMENT_ID)).containsExactly(
                new PaymentProvider.Event(PaymentState.CREATED, Instant.parse("2026-12-04T10:00:00Z")),
                new PaymentProvider.Event(PaymentState.STARTED, Instant.parse("2026-12-04T10:01:00Z")),
                new PaymentProvider.Event(PaymentState.SUCCESS, Instant.parse("2026-12-04T10:02:30Z")));
    }

    @Test
    void aCancelPayNoLongerAllowsIsAnsweredFalse() {
        assertThat(govUkPay.cancel(COUNCIL, GovUkPayTestServer.PAYMENT_ID)).isFalse();
    }

    @Test
    void aFaultAtPayIsA502AndLeavesNoProviderIdClaimed() {
        String key = "order-" + UUID.randomUUID();
        assertThatThrownBy(() -> payments.start(order(GovUkPayTestServer.FAULT, key)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().getStatusCode()).isEqualTo(502);
                    assertThat(e.toError().error()).isEqualTo("payment_provider_error");
                });
        assertThatThrownBy(() -> payments.start(order(GovUkPayTestServer.REFUSED, "order-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getStatusCode()).isEqualTo(502));
        assertThat(unclaimed(key)).isTrue();
    }

    @Test
    void payAnsweringTooLateIsA503AndTheSameKeyAsksPayAgainWithTheSameIdempotencyKey() {
        String key = "order-" + UUID.randomUUID();
        assertThatThrownBy(() -> payments.start(order(GovUkPayTestServer.SLOW, key)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().getStatusCode()).isEqualTo(503);
                    assertThat(e.toError().error()).isEqualTo("payment_provider_unavailable");
                });
        assertThat(unclaimed(key)).isTrue();

        List<String> keysSent = GovUkPayTestServer.server().findAll(postRequestedFor(urlEqualTo("/v1/payments")))
                .stream().filter(call -> call.getBodyAsString().contains(GovUkPayTestServer.SLOW))
                .map(call -> call.getHeader("Idempotency-Key")).toList();
        assertThat(keysSent).hasSize(1);
        assertThatThrownBy(() -> payments.start(order(GovUkPayTestServer.SLOW, key))).isInstanceOf(ApiException.class);
        assertThat(GovUkPayTestServer.server().findAll(postRequestedFor(urlEqualTo("/v1/payments")))
                .stream().filter(call -> call.getBodyAsString().contains(GovUkPayTestServer.SLOW))
                .map(call -> call.getHeader("Idempotency-Key")).toList()).hasSize(2).containsOnly(keysSent.get(0));
    }

    /** The order's payment row exists without a provider id (nothing claimed) and with nowhere to pay. */
    private boolean unclaimed(String key) {
        return tenantScope.call(COUNCIL, () -> Payment.<Payment>find("idempotencyKey", key).firstResultOptional()
                .map(payment -> payment.providerId == null && payment.nextUrl == null
                        && payment.state == PaymentState.CREATED).orElse(false));
    }
}
