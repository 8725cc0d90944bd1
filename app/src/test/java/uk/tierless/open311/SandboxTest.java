package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.RequestWithNotes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The sandbox, {@code /open311/test/v2}: a post gets every check production makes and the same refusals, and an
 * answer with a {@code TEST-} id, but nothing is filed, counted or sent; reads answer exactly as production.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SandboxTest extends Open311PostingTest {

    private static final String SANDBOX = "/open311/test/v2/";
    private static final String PRODUCTION = "/open311/v2/";

    @Inject
    UsageCounter usage;

    @Test
    void aGoodMissedBinAnswersATestIdInBothFormatsAndFilesNothing() {
        List<Long> before = written("tamworth");
        String details = "Sandbox bin " + UUID.randomUUID();

        Response xml = tamworthBin(tamworthKey, details, "general").when().post(SANDBOX + "requests.xml");
        xml.then().statusCode(201).contentType(equalTo("text/xml"));
        GeoReportSchema.valid(xml.asString());
        String id = xml.xmlPath().getString("service_requests.request.service_request_id");
        assertThat(id).matches("TEST-TAM-[0-9A-F]{8}");
        assertThat(xml.xmlPath().getString("service_requests.request.service_notice"))
                .isEqualTo("Sandbox: checked and not filed; nothing will happen.");
        assertThat(xml.xmlPath().getString("service_requests.request.agency_responsible")).isEqualTo("Tamworth Borough Council");
        assertThat(xml.xmlPath().getString("service_requests.request.account_id")).isEqualTo("account-7");

        // A repeat (here in the other format) answers the same id; another post another one.
        tamworthBin(tamworthKey, details, "general").when().post(SANDBOX + "requests.json")
                .then().statusCode(201).contentType(equalTo("application/json"))
                .body("[0].service_request_id", equalTo(id))
                .body("[0].service_notice", equalTo("Sandbox: checked and not filed; nothing will happen."))
                .body("[0].account_id", equalTo("account-7"))
                .body("[0].agency_responsible", equalTo("Tamworth Borough Council"));
        String another = tamworthBin(tamworthKey, details + " again", "general").when().post(SANDBOX + "requests.json")
                .then().statusCode(201).extract().path("[0].service_request_id");
        assertThat(another).startsWith("TEST-TAM-").isNotEqualTo(id);

        assertThat(written("tamworth")).isEqualTo(before);
        // Nothing was filed, so neither endpoint finds it, and the answer says why.
        for (String endpoint : List.of(SANDBOX, PRODUCTION)) {
            given().when().get(endpoint + "requests/" + id + ".json").then().statusCode(404)
                    .body("[0].description", containsString("the sandbox files nothing"));
            given().when().get(endpoint + "requests.json?service_request_id=" + id).then().statusCode(200)
                    .body("size()", equalTo(0));
        }

        // The same post to production writes every one of the things counted, so the counts could have seen it.
        tamworthBin(tamworthKey, details, "general").when().post(PRODUCTION + "requests.json")
                .then().statusCode(201).body("[0].service_request_id", startsWith("TAM-"));
        List<Long> filed = written("tamworth");
        for (int i = 0; i < before.size(); i++) {
            assertThat(filed.get(i)).as("count " + i).isGreaterThan(before.get(i));
        }
    }

    @Test
    void refusalsAreProductionsOwn() {
        Response production = tamworthBin(tamworthKey, "bad bin", "purple").when().post(PRODUCTION + "requests.json");
        Response sandbox = tamworthBin(tamworthKey, "bad bin", "purple").when().post(SANDBOX + "requests.json");
        production.then().statusCode(400);
        sandbox.then().statusCode(400).body("[0].description", containsString("attribute[bin-type]: "));
        assertThat(sandbox.asString()).isEqualTo(production.asString());

        tamworthBin(tamworthKey, "bad bin", "purple").when().post(SANDBOX + "requests.xml")
                .then().statusCode(400).contentType(equalTo("text/xml"))
                .body("errors.error.description", containsString("attribute[bin-type]: "));
        tamworthBin("tl311_not-a-key", "bad key", "general").when().post(SANDBOX + "requests.xml")
                .then().statusCode(403).contentType(equalTo("text/xml"))
                .body("errors.error.description", containsString("api_key"));
        tamworthBin(null, "no key", "general").when().post(SANDBOX + "requests.json")
                .then().statusCode(403).body("[0].description", containsString("api_key"));
    }

    @Test
    void thePartnershipsJurisdictionRoutesAPotholeToTheCountyAndFilesNothingThere() {
        List<Long> before = written("staffordshire");
        pothole(partnershipKey, "Deep " + UUID.randomUUID()).when().post(SANDBOX + "requests.json")
                .then().statusCode(201).body("[0].service_request_id", startsWith("TEST-SCC-"))
                .body("[0].agency_responsible", equalTo("Staffordshire County Council"));
        assertThat(written("staffordshire")).isEqualTo(before);
    }

    @Test
    void readsAnswerAsProduction() {
        RequestWithNotes made = RequestWithNotes.make();
        String token = made.trackUrl().substring("/track/".length());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String read : List.of("requests.json?service_request_id=" + made.reference(),
                "requests/" + made.reference() + ".xml", "tokens/" + token + ".json",
                "servicerequestupdates.xml?jurisdiction_id=tamworth&start_date=" + now.minus(1, ChronoUnit.HOURS)
                        + "&end_date=" + now.plus(1, ChronoUnit.HOURS))) {
            Response production = given().when().get(PRODUCTION + read);
            production.then().statusCode(200).body(containsString(made.reference()));
            Response sandbox = given().when().get(SANDBOX + read);
            assertThat(sandbox.statusCode()).as(read).isEqualTo(200);
            assertThat(sandbox.contentType()).as(read).isEqualTo(production.contentType());
            assertThat(sandbox.asString()).as(read).isEqualTo(production.asString());
        }
        given().when().get(SANDBOX + "requests.xml").then().statusCode(400).contentType(equalTo("text/xml"))
                .body("errors.error.description", startsWith("jurisdiction_id is missing"));
    }

    /** A missed bin to Tamworth, with an account_id for the answer to echo. */
    private static RequestSpecification tamworthBin(String key, String details, String binType) {
        return missedBin(key, "tamworth", details, binType).formParam("account_id", "account-7");
    }

    /** What filing a request at this council writes, counted: requests, contacts, events, mail, references, usage. */
    private List<Long> written(String council) {
        usage.flush();
        return tenantScope.call(council, () -> List.of(
                number("select count(*) from service_requests"),
                number("select count(*) from request_contacts"),
                number("select count(*) from request_events"),
                number("select count(*) from outbox_messages"),
                number("select coalesce(sum(last_value), 0) from pg_sequences where sequencename like 'reference\\_%'"),
                number("select count(*) from tracking_tokens where tenant_id = '" + council + "'"),
                number("select coalesce(sum(count), 0) from usage_counts where council = '" + council + "'")));
    }

    private long number(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
