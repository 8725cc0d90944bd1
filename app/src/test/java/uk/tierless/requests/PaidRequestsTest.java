package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.CouncilTaxByAmount;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.notifications.MailFiles;
import uk.tierless.payments.PaymentSettler;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.requests.PaidCertificates.DECLINED_CARD;
import static uk.tierless.requests.PaidCertificates.SUCCESS_CARD;
import static uk.tierless.requests.PaidCertificates.order;
import static uk.tierless.requests.PaidCertificates.pay;
import static uk.tierless.requests.PaidCertificates.returnFrom;
import static uk.tierless.requests.PaidCertificates.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A paid service's request, through the API and the sandbox's card page: it reaches the council only once paid,
 * exactly once however the payment comes to be settled, and a payment not taken makes nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PaidRequestsTest {


    @Inject
    TenantScope tenantScope;

    @Inject
    PaymentSettler settler;

    @Inject
    CouncilTaxByAmount councilTax;

    @AfterEach
    void putBack() {
        councilTax.putBack();
    }

    private long requestsWith(String reference) {
        return tenantScope.call("worcestershire", () -> ServiceRequest.count("reference", reference));
    }

    @Test
    void theRequestReachesTheCouncilOnlyOncePaid() throws Exception {
        String key = "paid-" + UUID.randomUUID();
        JsonPath started = submit(order(key, 2, "ada@example.com"), 201);
        String reference = started.getString("reference");
        assertThat(reference).matches("WCC-\\d{4}-\\d{4,}");
        assertThat(started.getString("status")).isEqualTo("awaiting_payment");
        assertThat(started.getLong("payment.amount")).isEqualTo(2 * 1250);
        String paymentId = started.getString("payment.id");
        String nextUrl = started.getString("payment.nextUrl");
        assertThat(requestsWith(reference)).isZero();
        given().when().get(started.getString("trackUrl")).then().statusCode(200)
                .body(containsStringIgnoringCase("waiting for your payment"));

        // A double click or a retry: the same payment, never a second one.
        JsonPath again = submit(order(key, 2, "ada@example.com"), 200);
        assertThat(again.getString("payment.id")).isEqualTo(paymentId);
        assertThat(again.getString("reference")).isEqualTo(reference);

        String page = returnFrom(pay(URI.create(nextUrl).getRawPath() + "?" + URI.create(nextUrl).getRawQuery(), SUCCESS_CARD));
        assertThat(page).contains("Request sent").contains(reference);
        assertThat(requestsWith(reference)).isEqualTo(1);
        given().when().get("/api/v1/payments/" + paymentId).then().statusCode(200)
                .body("state", equalTo("success")).body("amount", equalTo(2500)).body("reference", equalTo(reference));
        assertThat(Files.readString(MailFiles.waitForEmail(reference, "We have your payment of £25.00."))).contains(reference);

        // Once paid, the key answers with the request, and nothing is paid again.
        JsonPath afterwards = submit(order(key, 2, "ada@example.com"), 200);
        assertThat(afterwards.getString("status")).isEqualTo("submitted");
        assertThat(afterwards.getString("payment")).isNull();
        // The settling job finds nothing left to do for it.
        settler.settle("worcestershire");
        assertThat(requestsWith(reference)).isEqualTo(1);
    }

    @Test
    void aDeclinedCardMakesNoRequestAndTheResidentIsTold() throws Exception {
        JsonPath started = submit(order("declined-" + UUID.randomUUID(), 1, "bea@example.com"), 201);
        String reference = started.getString("reference");
        URI nextUrl = URI.create(started.getString("payment.nextUrl"));
        String page = returnFrom(pay(nextUrl.getRawPath() + "?" + nextUrl.getRawQuery(), DECLINED_CARD));
        assertThat(page).contains("Your payment was not taken").contains("Nothing was taken from your card");
        assertThat(requestsWith(reference)).isZero();
        assertThat(Files.readString(MailFiles.waitForEmail(reference, "nothing was taken"))).contains("not paid");
        given().when().get(started.getString("trackUrl")).then().statusCode(200).body(containsStringIgnoringCase("not paid"));
    }

    @Test
    void aResidentWhoPaysAndNeverComesBackStillGetsExactlyOneRequest() {
        JsonPath started = submit(order("abandoned-" + UUID.randomUUID(), 3, "cy@example.com"), 201);
        String reference = started.getString("reference");
        URI nextUrl = URI.create(started.getString("payment.nextUrl"));
        pay(nextUrl.getRawPath() + "?" + nextUrl.getRawQuery(), SUCCESS_CARD); // the browser closes here
        assertThat(requestsWith(reference)).isZero();

        settler.settle("worcestershire");
        settler.settle("worcestershire");
        assertThat(requestsWith(reference)).isEqualTo(1);
        given().when().get(started.getString("trackUrl")).then().statusCode(200).body(containsString(reference))
                .body(containsStringIgnoringCase("received"));
    }

    @Test
    void councilTaxIsPaidWithoutARequestInTheQueue() {
        councilTax.publish();
        Map<String, Object> body = Map.of("service", "council-tax-payment", "postcode", "B79 7AH",
                "idempotencyKey", "tax-" + UUID.randomUUID(), "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                "answers", Map.of("account-number", "51234567", "amount", "25.00"),
                "contact", Map.of("email", "dee@example.com"));
        JsonPath started = submit(body, 201);
        String reference = started.getString("reference");
        assertThat(reference).matches("TAM-\\d{4}-\\d{4,}");
        assertThat(started.getLong("payment.amount")).isEqualTo(2500);
        URI nextUrl = URI.create(started.getString("payment.nextUrl"));
        String page = returnFrom(pay(nextUrl.getRawPath() + "?" + nextUrl.getRawQuery(), SUCCESS_CARD));
        assertThat(page).contains("Payment received").contains(reference);
        assertThat(tenantScope.call("tamworth", () -> ServiceRequest.count("reference", reference))).isZero();
        given().when().get("/api/v1/payments/" + started.getString("payment.id")).then().statusCode(200)
                .body("state", equalTo("success"));
    }

    @Test
    void anAmountUnderTheCouncilsMinimumIsRefusedAndNothingIsStarted() {
        councilTax.publish();
        Map<String, Object> body = Map.of("service", "council-tax-payment", "postcode", "B79 7AH",
                "idempotencyKey", "small-" + UUID.randomUUID(), "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                "answers", Map.of("account-number", "51234567", "amount", "0.50"));
        given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details[0].field", equalTo("amount")).body("payment", nullValue());
        assertThat(tenantScope.call("tamworth", () -> PaidSubmission.count("idempotencyKey", body.get("idempotencyKey"))))
                .isZero();
    }
}
