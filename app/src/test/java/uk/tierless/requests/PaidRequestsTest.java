package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.CouncilTaxByAmount;
import uk.tierless.publishing.SeededServices;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.notifications.MailFiles;
import uk.tierless.payments.PaymentSettler;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.PagePosts;
import uk.tierless.tenancy.TenantScope;

import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

    private static final String SUCCESS_CARD = "4444333322221111";
    private static final String DECLINED_CARD = "4000000000000002";

    @Inject
    TenantScope tenantScope;

    @Inject
    PaymentSettler settler;

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @AfterEach
    void putBack() {
        SeededServices.putBack(configurations, drafts, publisher, CouncilTaxByAmount.COUNCIL, CouncilTaxByAmount.SERVICE);
    }

    private static Map<String, Object> certificates(String key, int copies, String email) {
        return Map.of("service", "copy-certificate", "uprn", "990000000113", "idempotencyKey", key,
                "answers", Map.of("certificate-type", "birth", "names", "Ada Example", "event-year", 1990,
                        "copies", copies, "service-level", "standard", "delivery-address", "16 Notreal Court, Worcester WR1 1RJ"),
                "contact", Map.of("email", email));
    }

    private static JsonPath submit(Map<String, Object> body, int status) {
        return given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(status).extract().jsonPath();
    }

    /** The sandbox's card page for the payment, filled in with this card: answers where the browser is sent. */
    private static URI pay(String nextUrl, String card) {
        Response page = given().redirects().follow(false).when().get(nextUrl).then().statusCode(200).extract().response();
        Map<String, String> fields = new HashMap<>(Map.of("cardNumber", card, "expiryMonth", "12", "expiryYear", "2035",
                "cvc", "123", "cardholderName", "Ada Example"));
        Response paid = PagePosts.post(page, nextUrl, fields).then().statusCode(303).extract().response();
        return URI.create(paid.header("Location"));
    }

    /** The browser's way back: the return page, then the page it sends the resident on to. */
    private static String returnFrom(URI returnUrl) {
        String onward = given().redirects().follow(false).when().get(returnUrl.getRawPath()).then().statusCode(303)
                .extract().header("Location");
        return given().when().get(URI.create(onward).getRawPath() + "?" + URI.create(onward).getRawQuery())
                .then().statusCode(200).extract().asString();
    }

    private long requestsWith(String reference) {
        return tenantScope.call("worcestershire", () -> ServiceRequest.count("reference", reference));
    }

    @Test
    void theRequestReachesTheCouncilOnlyOncePaid() throws Exception {
        String key = "paid-" + UUID.randomUUID();
        JsonPath started = submit(certificates(key, 2, "ada@example.com"), 201);
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
        JsonPath again = submit(certificates(key, 2, "ada@example.com"), 200);
        assertThat(again.getString("payment.id")).isEqualTo(paymentId);
        assertThat(again.getString("reference")).isEqualTo(reference);

        String page = returnFrom(pay(URI.create(nextUrl).getRawPath() + "?" + URI.create(nextUrl).getRawQuery(), SUCCESS_CARD));
        assertThat(page).contains("Request sent").contains(reference);
        assertThat(requestsWith(reference)).isEqualTo(1);
        given().when().get("/api/v1/payments/" + paymentId).then().statusCode(200)
                .body("state", equalTo("success")).body("amount", equalTo(2500)).body("reference", equalTo(reference));
        assertThat(Files.readString(MailFiles.waitForEmail(reference, "We have your payment of £25.00."))).contains(reference);

        // Once paid, the key answers with the request, and nothing is paid again.
        JsonPath afterwards = submit(certificates(key, 2, "ada@example.com"), 200);
        assertThat(afterwards.getString("status")).isEqualTo("submitted");
        assertThat(afterwards.getString("payment")).isNull();
        // The settling job finds nothing left to do for it.
        settler.settle("worcestershire");
        assertThat(requestsWith(reference)).isEqualTo(1);
    }

    @Test
    void aDeclinedCardMakesNoRequestAndTheResidentIsTold() throws Exception {
        JsonPath started = submit(certificates("declined-" + UUID.randomUUID(), 1, "bea@example.com"), 201);
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
        JsonPath started = submit(certificates("abandoned-" + UUID.randomUUID(), 3, "cy@example.com"), 201);
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
        CouncilTaxByAmount.publish(configurations, drafts, publisher);
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
        CouncilTaxByAmount.publish(configurations, drafts, publisher);
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
