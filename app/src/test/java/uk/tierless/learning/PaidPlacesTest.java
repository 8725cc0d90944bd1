package uk.tierless.learning;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.Staff;
import uk.tierless.notifications.MailFiles;
import uk.tierless.payments.Payments;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.PagePosts;
import uk.tierless.requests.BookedRequests;
import uk.tierless.tenancy.TenantScope;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.tierless.learning.Learning.COUNCIL;
import static uk.tierless.requests.PaidCertificates.DECLINED_CARD;
import static uk.tierless.requests.PaidCertificates.SUCCESS_CARD;
import static uk.tierless.requests.PaidCertificates.pay;
import static uk.tierless.requests.PaidCertificates.returnFrom;
import static uk.tierless.requests.PaidCertificates.submit;

/**
 * Paying for a place in a class with a fee: the waiting list is free, a learner offered a place pays when they
 * accept it (and the offer waits for the payment), and anyone who paid for a place they do not hold is refunded.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PaidPlacesTest {

    @Inject
    Programme programme;

    @Inject
    Classes classes;

    @Inject
    Learners learners;

    @Inject
    PlacePayments placePayments;

    @Inject
    Payments payments;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    TenantScope tenantScope;

    /** A class of £30 (£15 with a concession) with this capacity, open for registration. */
    private String paidClass(int capacity) {
        String code = Learning.code("P");
        LocalDate start = LocalDate.now().plusDays(30);
        programme.load(COUNCIL, new StringReader(Learning.HEADER + "TEST-PAID,Paid test course,Testing,A class with a fee,"
                + "30.00,15.00,On a means-tested benefit," + code + ",The Hive Worcester,WR1 3PD," + start + ",6,"
                + ProgrammeFile.label(start.getDayOfWeek()) + ",10:00,12:00," + capacity + "," + start.minusDays(3) + "\n"));
        return code;
    }

    private static Map<String, Object> registration(String classId, String email, String key) {
        return Map.of("service", Classes.SERVICE, "uprn", "990000000113", "idempotencyKey", key,
                "class", Map.of("id", classId), "answers", Map.of("concession", "no", "studied-before", "no"),
                "contact", Map.of("email", email));
    }

    private static JsonPath registered(String classId, String email) {
        return submit(registration(classId, email, "paid-place-" + UUID.randomUUID()), 201);
    }

    /** Pays on the sandbox's card page with this card and comes back: answers the page the resident lands on. */
    private static String paid(String nextUrl, String card) {
        URI next = URI.create(nextUrl);
        return returnFrom(pay(next.getRawPath() + "?" + next.getRawQuery(), card));
    }

    private static String tokenOf(JsonPath made) {
        String trackUrl = made.getString("trackUrl");
        return trackUrl.substring(trackUrl.lastIndexOf('/') + 1);
    }

    private UUID requestOf(String token) {
        return bookedRequests.byToken(token).orElseThrow().requestId();
    }

    private String paymentOfPlace(UUID requestId) {
        return tenantScope.call(COUNCIL, () -> Place.<Place>find("requestId", requestId).firstResult().paymentId);
    }

    /** The learner's page, then its "Accept" form posted: answers the redirect. */
    private static Response accepted(String token) {
        Response page = given().queryParam("token", token).when().get("/track/class").then().statusCode(200).extract().response();
        return PagePosts.post(page, "/track/class/accept", Map.of()).then().statusCode(303).extract().response();
    }

    @Test
    void aFullPaidClassIsJoinedFreeAndTheSameKeyAgainAnswersWithTheRegistration() {
        String taught = paidClass(1);
        JsonPath first = registered(taught, "first.payer@example.com");
        paid(first.getString("payment.nextUrl"), SUCCESS_CARD);
        assertThat(classes.find(COUNCIL, taught)).get().extracting(ClassView::free).isEqualTo(0);

        String key = "paid-place-again-" + UUID.randomUUID();
        given().contentType("application/json").body(registration(taught, "waiter@example.com", key))
                .when().post("/api/v1/requests").then().statusCode(201).body("payment", nullValue())
                .body("registration.state", equalTo("waiting")).body("registration.position", equalTo(1));
        given().contentType("application/json").body(registration(taught, "waiter@example.com", key))
                .when().post("/api/v1/requests").then().statusCode(200)
                .body("registration.state", equalTo("waiting")).body("registration.position", equalTo(1));
    }

    @Test
    void anOfferedPlaceIsPaidForOnAcceptingItAndTheOfferWaitsForThePayment() {
        String taught = paidClass(1);
        JsonPath holder = registered(taught, "holder@example.com");
        paid(holder.getString("payment.nextUrl"), SUCCESS_CARD);
        JsonPath waiter = registered(taught, "offered.payer@example.com");
        String token = tokenOf(waiter);
        UUID request = requestOf(token);
        learners.cancel(COUNCIL, requestOf(tokenOf(holder)));
        given().queryParam("token", token).when().get("/track/class").then().statusCode(200)
                .body(containsString("Accept and pay £30.00"))
                .body(containsString("<title>Your class: Paid test course – Worcestershire Partnership</title>"));

        String declinedAt = accepted(token).header("Location");
        assertThat(declinedAt).contains("/payments/sandbox");
        assertThat(learners.expireOffers(classes.of(COUNCIL, request).orElseThrow().offeredUntil().plusSeconds(1)))
                .as("an offer waits for the payment started").isZero();
        assertThat(paid(declinedAt, DECLINED_CARD)).contains("Accept and pay £30.00");
        MailFiles.waitForEmail(waiter.getString("reference"), "Your payment did not go through, so nothing was taken");
        assertThat(classes.of(COUNCIL, request)).get().extracting(Registration::state).isEqualTo("offered");

        String paidAt = accepted(token).header("Location");
        assertThat(paidAt).as("a new payment after a failed one").isNotEqualTo(declinedAt);
        assertThat(paid(paidAt, SUCCESS_CARD)).contains("id=\"state\">Registered<");
        assertThat(classes.of(COUNCIL, request)).get().extracting(Registration::state).isEqualTo("registered");
        MailFiles.waitForEmail(waiter.getString("reference"), "We have your payment of £30.00. You have a place on");

        String payment = paymentOfPlace(request);
        Staff admin = new Staff("wcc-admin", "Adult learning", COUNCIL, null, Set.of("tenant-admin"));
        assertThat(learners.cancelClass(COUNCIL, taught, "The tutor is ill.", admin)).isEqualTo(1);
        assertThat(payments.refunded(COUNCIL, payment)).as("the payment made on accepting is refunded").isEqualTo(3000);
        MailFiles.waitForEmail(waiter.getString("reference"), "We have refunded £30.00 of your payment.");
    }

    @Test
    void aPaymentForAPlaceTakenMeanwhileIsRefundedAndTheLearnerWaitsFree() {
        String taught = paidClass(1);
        JsonPath first = registered(taught, "quick.payer@example.com");
        JsonPath second = registered(taught, "slow.payer@example.com");
        assertThat(second.getLong("payment.amount")).as("both start paying while the class has room").isEqualTo(3000);
        paid(first.getString("payment.nextUrl"), SUCCESS_CARD);
        paid(second.getString("payment.nextUrl"), SUCCESS_CARD);

        UUID slow = requestOf(tokenOf(second));
        assertThat(classes.of(COUNCIL, slow)).get().extracting(Registration::state).isEqualTo("waiting");
        MailFiles.waitForEmail(second.getString("reference"), "The waiting list is free, so we will refund your payment");
        String payment = second.getString("payment.id");

        assertThat(placePayments.refundDue(COUNCIL, Staff.tierless(COUNCIL))).isGreaterThanOrEqualTo(1);
        assertThat(payments.refunded(COUNCIL, payment)).isEqualTo(3000);
        assertThat(placePayments.refundDue(COUNCIL, Staff.tierless(COUNCIL))).as("refunded once").isZero();
        assertThat(payments.refunded(COUNCIL, payment)).isEqualTo(3000);
        MailFiles.waitForEmail(second.getString("reference"), "We have refunded £30.00 of your payment.");
        assertThat(paymentOfPlace(slow)).isNull();
    }
}
