package uk.tierless.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.tierless.tenancy.TenantScope;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;

/**
 * What the tests that post requests share: a key of Tamworth's and one of the Staffordshire partnership's for test
 * clients (deleted after each test), and a missed bin and a pothole at a Tamworth point to post with them.
 */
abstract class Open311PostingTest {

    static final String TAMWORTH_POINT_LAT = "52.6387";
    static final String TAMWORTH_POINT_LONG = "-1.7041";

    @Inject
    Open311Keys keys;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    String tamworthKey;
    String partnershipKey;

    @BeforeEach
    void issueKeys() {
        tamworthKey = keys.issue(Open311Keys.Owner.council("tamworth"), Open311KeysTest.CLIENT_PREFIX + "FixMyStreet", "tester").key();
        partnershipKey = keys.issue(Open311Keys.Owner.partnership("staffordshire-connects"),
                Open311KeysTest.CLIENT_PREFIX + "area app", "tester").key();
    }

    @AfterEach
    void deleteTheTestKeys() {
        QuarkusTransaction.requiringNew().run(() -> Open311Key.delete("client like ?1", Open311KeysTest.CLIENT_PREFIX + "%"));
    }

    /** A missed bin at a Tamworth point, collected yesterday, with the resident's words and email; no key if null. */
    static RequestSpecification missedBin(String key, String jurisdiction, String details, String binType) {
        RequestSpecification request = given().contentType("application/x-www-form-urlencoded")
                .formParam("jurisdiction_id", jurisdiction).formParam("service_code", "missed-bin")
                .formParam("lat", TAMWORTH_POINT_LAT).formParam("long", TAMWORTH_POINT_LONG)
                .formParam("attribute[bin-type]", binType)
                .formParam("attribute[collection-date]", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1) + "T09:00:00Z")
                .formParam("attribute[bin-out]", "yes").formParam("description", details)
                .formParam("email", "resident@example.org");
        return key == null ? request : request.formParam("api_key", key);
    }

    /** A pothole at the same Tamworth point, through the partnership's jurisdiction. */
    static RequestSpecification pothole(String key, String details) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("api_key", key).formParam("jurisdiction_id", "staffordshire-connects")
                .formParam("service_code", "report-pothole").formParam("lat", TAMWORTH_POINT_LAT)
                .formParam("long", TAMWORTH_POINT_LONG).formParam("attribute[size]", "large")
                .formParam("attribute[position]", "road").formParam("description", details);
    }
}
