package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.RequestWithNotes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** GeoReport v2's reads of requests and FixMyStreet's updates, in both formats, with nothing private in them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RequestsReadTest {

    private static final String PUBLIC_NOTE = RequestWithNotes.PUBLIC_NOTE;
    private static final String PRIVATE_NOTE = RequestWithNotes.PRIVATE_NOTE;

    @Test
    void aRequestIsReadByItsReferenceInBothFormatsWithoutContactDetailsOrPrivateNotes() {
        RequestWithNotes made = RequestWithNotes.make();
        String reference = made.reference();

        Response xml = given().when().get("/open311/v2/requests/" + reference + ".xml?jurisdiction_id=tamworth");
        xml.then().statusCode(200).contentType(equalTo("text/xml"));
        XmlPath request = xml.xmlPath().setRootPath("service_requests.request");
        assertThat(request.getString("service_request_id")).isEqualTo(reference);
        assertThat(request.getString("status")).isEqualTo("open");
        assertThat(request.getString("status_notes")).isEqualTo(PUBLIC_NOTE);
        assertThat(request.getString("service_code")).isEqualTo("missed-bin");
        assertThat(request.getString("agency_responsible")).isEqualTo("Tamworth Borough Council");
        // A missed bin tells of a household: where it is stays private.
        assertThat(request.getString("zipcode")).isEmpty();
        assertThat(request.getString("address")).isEmpty();
        assertThat(request.getString("address_id")).isEmpty();
        assertThat(xml.asString()).doesNotContain("New Road", "B79");
        assertThat(request.getString("requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(xml.asString()).doesNotContain("caller@example.com", "709709", PRIVATE_NOTE);

        given().when().get("/open311/v2/requests.json?service_request_id=" + reference + ",TAM-0000-0000")
                .then().statusCode(200).contentType(equalTo("application/json"))
                .body("size()", equalTo(1)).body("[0].service_request_id", equalTo(reference))
                .body("[0].service_name", equalTo("Report a missed bin")).body("[0].lat", equalTo(null))
                .body(not(containsString("caller@example.com")));
        // The partnership reads its members; another council's jurisdiction does not see it.
        given().when().get("/open311/v2/requests/" + reference + ".json?jurisdiction_id=staffordshire-connects")
                .then().statusCode(200).body("[0].service_request_id", equalTo(reference));
        given().when().get("/open311/v2/requests/" + reference + ".json?jurisdiction_id=worcester").then().statusCode(404);
        given().when().get("/open311/v2/requests/TAM-0000-0000.xml").then().statusCode(404);

        String token = made.trackUrl().substring("/track/".length());
        given().when().get("/open311/v2/tokens/" + token + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(reference)).body("[0].token", equalTo(token));
        given().when().get("/open311/v2/tokens/not-a-token.xml").then().statusCode(404);
    }

    @Test
    void theListKeepsToItsWindowServiceAndStatusAndRefusesOddParameters() {
        String reference = RequestWithNotes.make().reference();
        String from = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String list = "/open311/v2/requests.json?jurisdiction_id=tamworth";
        given().when().get(list).then().statusCode(200).body("service_request_id", hasItem(reference));
        given().when().get(list + "&service_code=missed-bin&status=open&start_date=" + from).then().statusCode(200)
                .body("service_request_id", hasItem(reference));
        given().when().get(list + "&status=closed&start_date=" + from).then().statusCode(200)
                .body("service_request_id", not(hasItem(reference)));
        given().when().get(list + "&end_date=2020-01-01T00:00:00Z").then().statusCode(200)
                .body("service_request_id", not(hasItem(reference)));

        for (String odd : List.of("&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
                "&start_date=yesterday", "&start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
                "&status=pending", "&start_date=99999-01-01T00:00:00Z")) {
            given().when().get(list + odd).then().statusCode(400);
        }
        // Refusals are the standard's errors list, naming the parameter.
        given().when().get(list + "&status=pending").then().statusCode(400).contentType(equalTo("application/json"))
                .body("[0].code", equalTo(400)).body("[0].description", equalTo("status must be open or closed."));
        Response missing = given().when().get("/open311/v2/requests.xml");
        missing.then().statusCode(400).contentType(equalTo("text/xml"));
        assertThat(missing.xmlPath().getString("errors.error.description")).startsWith("jurisdiction_id is missing");
        given().when().get(list + "&service_code=no-such-service").then().statusCode(404);
        given().when().get("/open311/v2/requests.xml?jurisdiction_id=atlantis").then().statusCode(404);
    }

    @Test
    void fixMyStreetReadsThePublicUpdatesOfATwoHourWindowInItsUpperCaseStatuses() {
        String reference = RequestWithNotes.make().reference();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String window = "start_date=" + now.minus(1, ChronoUnit.HOURS) + "&end_date=" + now.plus(1, ChronoUnit.HOURS);

        Response json = given().when().get("/open311/v2/servicerequestupdates.json?jurisdiction_id=tamworth&" + window);
        json.then().statusCode(200).contentType(equalTo("application/json"));
        List<Map<String, Object>> updates = json.jsonPath().<Map<String, Object>>getList("")
                .stream().filter(update -> reference.equals(update.get("service_request_id"))).toList();
        assertThat(updates).extracting(update -> update.get("status")).containsExactly("OPEN", "IN_PROGRESS");
        assertThat(updates).extracting(update -> update.get("external_status_code")).containsExactly("submitted", "in_progress");
        assertThat(updates.get(1).get("description")).isEqualTo(PUBLIC_NOTE);
        assertThat(json.asString()).doesNotContain(PRIVATE_NOTE);

        Response xml = given().when().get("/open311/v2/servicerequestupdates.xml?jurisdiction_id=staffordshire-connects&" + window);
        xml.then().statusCode(200).contentType(equalTo("text/xml"));
        assertThat(xml.xmlPath().getList("service_request_updates.request_update.service_request_id")).contains(reference);
        given().when().get("/open311/v2/servicerequestupdates.xml?" + window).then().statusCode(400);
    }
}
