package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code POST requests.{fmt}}: a missed bin with its attributes to Tamworth, a pothole and a missed bin through the
 * partnership's jurisdiction, FixMyStreet's repeated multivaluelist, idempotency, and every refusal in the standard's
 * shape naming the field.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PostRequestResourceTest extends Open311PostingTest {

    @Test
    void aMissedBinWithItsAttributesGetsTamworthsReferenceOnChannelOpen311() {
        String details = "Left at the kerb " + UUID.randomUUID();
        Response posted = missedBin(tamworthKey, "tamworth", details).when().post("/open311/v2/requests.xml");
        posted.then().statusCode(201).contentType(equalTo("text/xml"));
        GeoReportSchema.valid(posted.asString());
        String reference = posted.xmlPath().getString("service_requests.request.service_request_id");
        assertThat(reference).startsWith("TAM-");
        assertThat(posted.xmlPath().getString("service_requests.request.agency_responsible"))
                .isEqualTo("Tamworth Borough Council");

        Object[] stored = stored("tamworth", reference);
        assertThat(stored[0]).isEqualTo("open311");
        assertThat(stored[1]).isEqualTo(Open311KeysTest.CLIENT_PREFIX + "FixMyStreet");
        assertThat(stored[2].toString()).contains("\"bin-type\": \"general\"").contains(details);

        missedBin(tamworthKey, "tamworth", details).when().post("/open311/v2/requests.json")
                .then().statusCode(200).body("[0].service_request_id", equalTo(reference));
        missedBin(tamworthKey, "tamworth", details).when().post("/open311/v2/requests.xml")
                .then().statusCode(200).body("service_requests.request.service_request_id", equalTo(reference));
    }

    @Test
    void thePartnershipsJurisdictionRoutesAPotholeToTheCountyAndAMissedBinToTheDistrict() {
        Response pothole = pothole(partnershipKey, "Deep " + UUID.randomUUID()).when().post("/open311/v2/requests.json");
        pothole.then().statusCode(201).contentType(equalTo("application/json"))
                .body("[0].service_request_id", startsWith("SCC-"))
                .body("[0].agency_responsible", equalTo("Staffordshire County Council"));

        missedBin(tamworthKey, "staffordshire-connects", "Through the partnership " + UUID.randomUUID())
                .when().post("/open311/v2/requests.json")
                .then().statusCode(201).body("[0].service_request_id", startsWith("TAM-"))
                .body("[0].agency_responsible", equalTo("Tamworth Borough Council"));

        pothole(tamworthKey, "Not Tamworth's " + UUID.randomUUID()).when().post("/open311/v2/requests.json")
                .then().statusCode(403).body("[0].code", equalTo(403))
                .body("[0].description", containsString("does not file requests for Staffordshire County Council"));
    }

    @Test
    void aMultivaluelistArrivesAsRepeatedAttributesOrWithBrackets() {
        for (String name : new String[]{"attribute[waste-type]", "attribute[waste-type][]"}) {
            String reference = given().contentType("application/x-www-form-urlencoded")
                    .formParam("api_key", tamworthKey).formParam("jurisdiction_id", "tamworth")
                    .formParam("service_code", "fly-tipping").formParam("lat", TAMWORTH_POINT_LAT)
                    .formParam("long", TAMWORTH_POINT_LONG).formParam(name, "bags", "furniture")
                    .formParam("attribute[amount]", "van").formParam("description", name + " " + UUID.randomUUID())
                    .when().post("/open311/v2/requests.json")
                    .then().statusCode(201).extract().path("[0].service_request_id");
            assertThat(stored("tamworth", reference)[2].toString()).contains("\"waste-type\": [\"bags\", \"furniture\"]");
        }
    }

    @Test
    void refusalsAreTheStandardsErrorsAndNameTheField() {
        missedBin(null, "tamworth", "no key").when().post("/open311/v2/requests.xml")
                .then().statusCode(403).contentType(equalTo("text/xml"))
                .body("errors.error.code", equalTo("403")).body("errors.error.description", containsString("api_key"));
        missedBin("tl311_not-a-key", "tamworth", "bad key").when().post("/open311/v2/requests.json")
                .then().statusCode(403).body("[0].description", containsString("api_key"));
        missedBin(partnershipKey, "worcester", "another partnership").when().post("/open311/v2/requests.json")
                .then().statusCode(403);
        missedBin(tamworthKey, "nowhere", "no such jurisdiction").when().post("/open311/v2/requests.json")
                .then().statusCode(404);

        given().contentType("application/x-www-form-urlencoded").formParam("api_key", tamworthKey)
                .formParam("jurisdiction_id", "tamworth").formParam("lat", TAMWORTH_POINT_LAT)
                .formParam("long", TAMWORTH_POINT_LONG).when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].description", startsWith("service_code is missing"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", tamworthKey)
                .formParam("jurisdiction_id", "tamworth").formParam("service_code", "missed-bin")
                .formParam("lat", TAMWORTH_POINT_LAT).when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].description", startsWith("long is missing"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", tamworthKey)
                .formParam("jurisdiction_id", "tamworth").formParam("service_code", "missed-bin")
                .formParam("lat", "north").formParam("long", TAMWORTH_POINT_LONG).when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].description", startsWith("lat must be a number"));
        given().contentType("application/x-www-form-urlencoded").formParam("api_key", tamworthKey)
                .formParam("jurisdiction_id", "tamworth").formParam("service_code", "missed-bin")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].description", containsString("lat and long, or address_id, are missing"));

        missedBin(tamworthKey, "tamworth", "bad bin", "purple").when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].code", equalTo(400))
                .body("[0].description", containsString("attribute[bin-type]: "));
    }

    private static RequestSpecification missedBin(String key, String jurisdiction, String details) {
        return missedBin(key, jurisdiction, details, "general");
    }

    /** The stored channel, client and answers of a request. */
    private Object[] stored(String council, String reference) {
        return tenantScope.call(council, () -> (Object[]) entityManager.createNativeQuery(
                        "select channel, channel_client, answers::text from service_requests where reference = :reference")
                .setParameter("reference", reference).getSingleResult());
    }
}
