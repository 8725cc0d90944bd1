package uk.tierless.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The journey as an Open311 client meets it: a key made by Tamworth's administrator, Tamworth's services and
 * the missed-bin definition, a missed bin posted with its attributes, read back, a caseworker's public update seen
 * through FixMyStreet's {@code servicerequestupdates}, and the client's name on the caseworker's page; then a pothole
 * posted to the partnership at a Tamworth location, filed with the county.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class Open311JourneyTest {

    private static final String CLIENT = Open311KeysTest.CLIENT_PREFIX + "journey client";
    private static final String TAMWORTH_ADMIN = TestTokens.realm("tamworth.admin", "tamworth", null,
            StaffRole.TENANT_ADMIN);
    private static final String PLATFORM_ADMIN = TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN);

    @AfterEach
    void deleteTheJourneysKeys() {
        QuarkusTransaction.requiringNew().run(() -> Open311Key.delete("client", CLIENT));
    }

    @Test
    void aMissedBinFromTamworthsKeyIsFiledReadBackAndFollowed() {
        String key = given().auth().oauth2(TAMWORTH_ADMIN).contentType("application/json")
                .body(Map.of("client", CLIENT)).when().post("/api/v1/councils/tamworth/open311-keys")
                .then().statusCode(201).body("council", equalTo("tamworth")).extract().path("key");

        XmlPath services = valid(given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/v2/services.xml"));
        assertThat(services.getList("services.service.service_code")).contains("missed-bin");

        XmlPath definition = valid(given().queryParam("jurisdiction_id", "tamworth")
                .when().get("/open311/v2/services/missed-bin.xml"));
        List<String> codes = definition.getList("service_definition.attributes.attribute.code");
        assertThat(codes).contains("bin-type", "collection-date", "bin-out");

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Response posted = given().contentType("application/x-www-form-urlencoded").formParam("api_key", key)
                .formParam("jurisdiction_id", "tamworth").formParam("service_code", "missed-bin")
                .formParam("lat", "52.6387").formParam("long", "-1.7041").formParam("attribute[bin-type]", "recycling")
                .formParam("attribute[collection-date]", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString())
                .formParam("attribute[bin-out]", "yes").formParam("description", "Journey " + UUID.randomUUID())
                .formParam("email", "resident@example.org").when().post("/open311/v2/requests.xml");
        posted.then().statusCode(201);
        GeoReportSchema.valid(posted.asString());
        String reference = posted.xmlPath().getString("service_requests.request.service_request_id");
        assertThat(reference).startsWith("TAM-");

        given().when().get("/open311/v2/requests/" + reference + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(reference)).body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("missed-bin"))
                .body("[0].agency_responsible", equalTo("Tamworth Borough Council"));
        XmlPath readBack = valid(given().when().get("/open311/v2/requests/" + reference + ".xml"));
        assertThat(readBack.getString("service_requests.request.service_name")).isEqualTo("Report a missed bin");
        // A missed bin tells of a household: the read gives no place.
        assertThat(readBack.getString("service_requests.request.lat")).isEmpty();

        String note = "The crew comes back tomorrow " + UUID.randomUUID();
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "action_scheduled", "publicNote", note))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);

        XmlPath updates = valid(given().queryParam("jurisdiction_id", "tamworth")
                .queryParam("start_date", before.minus(1, ChronoUnit.MINUTES).toString())
                .queryParam("end_date", Instant.now().plus(1, ChronoUnit.MINUTES).toString())
                .when().get("/open311/v2/servicerequestupdates.xml"));
        List<String> ofThisRequest = updates.getList("service_request_updates.request_update.findAll { it.service_request_id == '"
                + reference + "' }.status");
        assertThat(ofThisRequest).containsExactly("OPEN", "ACTION_SCHEDULED");
        assertThat(updates.getString("service_request_updates.request_update.find { it.status == 'ACTION_SCHEDULED' && it.service_request_id == '"
                + reference + "' }.description")).isEqualTo(note);

        given().auth().oauth2(TestTokens.caseworker("tamworth")).when().get("/api/v1/requests/" + reference)
                .then().statusCode(200).body("channel", equalTo("open311")).body("channelClient", equalTo(CLIENT));
        given().cookies(StaffSignIn.as("tamworth.caseworker")).queryParam("ref", reference).when().get("/staff/request")
                .then().statusCode(200).body(containsString("by open311 from " + CLIENT.replace("&", "&amp;")));
    }

    @Test
    void aPotholeToThePartnershipAtATamworthLocationIsTheCountys() {
        String key = given().auth().oauth2(PLATFORM_ADMIN).contentType("application/json")
                .body(Map.of("client", CLIENT)).when().post("/api/v1/partnerships/staffordshire-connects/open311-keys")
                .then().statusCode(201).extract().path("key");

        Response posted = given().contentType("application/x-www-form-urlencoded").formParam("api_key", key)
                .formParam("jurisdiction_id", "staffordshire-connects").formParam("service_code", "report-pothole")
                .formParam("lat", "52.6387").formParam("long", "-1.7041").formParam("attribute[size]", "large")
                .formParam("attribute[position]", "road").formParam("description", "Journey pothole " + UUID.randomUUID())
                .when().post("/open311/v2/requests.xml");
        posted.then().statusCode(201)
                .body("service_requests.request.service_request_id", startsWith("SCC-"))
                .body("service_requests.request.agency_responsible", equalTo("Staffordshire County Council"));
    }

    /** A 200 in text/xml that the schema written from the specification accepts. */
    private static XmlPath valid(Response answer) {
        answer.then().statusCode(200).contentType(equalTo("text/xml"));
        return new XmlPath(GeoReportSchema.valid(answer.asString()));
    }
}
