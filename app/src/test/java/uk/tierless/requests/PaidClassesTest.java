package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.notifications.MailFiles;
import uk.tierless.platform.PostgresTestResource;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.tierless.requests.PaidCertificates.SUCCESS_CARD;
import static uk.tierless.requests.PaidCertificates.pay;
import static uk.tierless.requests.PaidCertificates.returnFrom;
import static uk.tierless.requests.PaidCertificates.submit;

/**
 * A place in an adult-learning class through {@code POST /api/v1/requests}: a free class is a registration at once;
 * a class with a fee is paid first (the concession fee for a resident who has one), and the place is taken when
 * the payment succeeds, with the receipt in the acknowledgement.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PaidClassesTest {

    private static Map<String, Object> registration(String classId, String concession, String email) {
        return Map.of("service", "adult-learning", "uprn", "990000000113", "idempotencyKey", "class-" + UUID.randomUUID(),
                "class", Map.of("id", classId),
                "answers", Map.of("concession", concession, "studied-before", "no"),
                "contact", Map.of("email", email));
    }

    @Test
    void aFreeClassIsARegistrationAtOnce() {
        given().contentType("application/json").body(registration("ESOL-E1-HIVE-MON", "no", "free.learner@example.com"))
                .when().post("/api/v1/requests").then().statusCode(201)
                .body("status", equalTo("submitted"))
                .body("payment", nullValue())
                .body("registration.state", equalTo("registered"))
                .body("registration.position", nullValue());
    }

    @Test
    void aClassWithAFeeIsPaidFirstAndThePlaceTakenOncePaid() {
        JsonPath started = submit(registration("ART-WC-HIVE-WED", "no", "art.learner@example.com"), 201);
        assertThat(started.getString("status")).isEqualTo("awaiting_payment");
        assertThat(started.getLong("payment.amount")).isEqualTo(8500);
        String trackUrl = started.getString("trackUrl");
        given().when().get(trackUrl).then().statusCode(200).body(containsStringIgnoringCase("waiting for your payment"));

        URI next = URI.create(started.getString("payment.nextUrl"));
        returnFrom(pay(next.getRawPath() + "?" + next.getRawQuery(), SUCCESS_CARD));

        String reference = started.getString("reference");
        MailFiles.waitForEmail(reference, "We have your payment of £85.00");
        given().when().get(trackUrl).then().statusCode(200)
                .body(containsString("Your class")).body(containsString("Watercolour painting"));
    }

    @Test
    void aResidentWithAConcessionPaysTheConcessionFee() {
        JsonPath started = submit(registration("ART-WC-HIVE-WED", "yes", "concession.learner@example.com"), 201);
        assertThat(started.getLong("payment.amount")).isEqualTo(4250);
    }

    @Test
    void aRegistrationWithoutItsClassIsRefusedNamingIt() {
        Map<String, Object> without = new java.util.HashMap<>(registration("ESOL-E1-HIVE-MON", "no", "none@example.com"));
        without.remove("class");
        given().contentType("application/json").body(without).when().post("/api/v1/requests").then().statusCode(400)
                .body("details[0].field", equalTo("class"));
    }
}
