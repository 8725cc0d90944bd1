package uk.tierless.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.platform.Scrapes.increase;
import static uk.tierless.platform.Scrapes.metrics;
import static uk.tierless.platform.Scrapes.value;

/**
 * /q/metrics (docs/observability.md): no sign-in, the named series there and counting what happened, routes by their
 * templates, and nothing a caller typed (a postcode, a reference, a token, a UPRN) in any label.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class MetricsTest {

    private static final String LOOKUPS = "tierless_lookups_total";
    private static final String SUBMISSIONS = "tierless_submissions_total";

    @TestHTTPResource("/")
    URI root;

    @Test
    void lookupsAreCountedByKindAndOutcome() {
        String before = metrics();
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/places").then().statusCode(200);
        given().queryParam("postcode", "SW1A 2AA").when().get("/api/v1/places").then().statusCode(404);
        given().queryParam("postcode", "not a postcode").when().get("/api/v1/places").then().statusCode(400);
        given().queryParam("lat", "52.6336").queryParam("lon", "-1.6910").when().get("/api/v1/places").then().statusCode(200);
        given().when().get("/api/v1/places/999999999999").then().statusCode(404);
        String after = metrics();

        assertThat(increase(before, after, LOOKUPS, Map.of("kind", "postcode", "outcome", "found"))).isEqualTo(1);
        assertThat(increase(before, after, LOOKUPS, Map.of("kind", "postcode", "outcome", "not_found"))).isEqualTo(1);
        assertThat(increase(before, after, LOOKUPS, Map.of("kind", "postcode", "outcome", "invalid"))).isEqualTo(1);
        assertThat(increase(before, after, LOOKUPS, Map.of("kind", "point", "outcome", "found"))).isEqualTo(1);
        assertThat(increase(before, after, LOOKUPS, Map.of("kind", "uprn", "outcome", "not_found"))).isEqualTo(1);
        assertThat(after).doesNotContain("B79").doesNotContain("SW1A").doesNotContain("999999999999")
                .doesNotContain("52.6336");
    }

    @Test
    void submissionsAreCountedByChannelAndOutcome() {
        String key = "metrics-" + UUID.randomUUID();
        Map<String, Object> request = Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"), "idempotencyKey", key,
                "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes"),
                "contact", Map.of("email", "metrics.resident@example.org"));
        String before = metrics();
        String reference = given().contentType("application/json").body(request).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("reference");
        given().contentType("application/json").body(request).when().post("/api/v1/requests").then().statusCode(200);
        given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "idempotencyKey", key + "-refused", "answers", Map.of())).when().post("/api/v1/requests").then().statusCode(400);
        given().contentType("application/json").body(Map.of("service", "no-such-service", "postcode", "B79 7AH",
                "idempotencyKey", key + "-nowhere", "answers", Map.of())).when().post("/api/v1/requests")
                .then().statusCode(404);
        String after = metrics();

        assertThat(increase(before, after, SUBMISSIONS, Map.of("channel", "app", "outcome", "accepted"))).isEqualTo(1);
        assertThat(increase(before, after, SUBMISSIONS, Map.of("channel", "app", "outcome", "repeated"))).isEqualTo(1);
        assertThat(increase(before, after, SUBMISSIONS, Map.of("channel", "app", "outcome", "refused"))).isEqualTo(2);
        assertThat(after).doesNotContain(reference).doesNotContain(key).doesNotContain("metrics.resident");
    }

    @Test
    void routesAreLabelledByTheirTemplatesNeverByWhatWasAsked() throws Exception {
        String reference = "TAM-2612-" + (1000 + (int) (Math.random() * 9000));
        String token = "tok" + UUID.randomUUID().toString().replace("-", "");
        given().when().get("/api/v1/places/990000000184").then().statusCode(200);
        given().when().get("/track/" + token).then().statusCode(404);
        given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/v2/services.json").then().statusCode(200);
        // Refused by guards before any route is matched: a form post to the API, a Content-Type that is no type.
        given().contentType("application/x-www-form-urlencoded").formParam("status", "fixed")
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(415);
        HttpResponse<Void> noType = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve("/track/" + token + "x"))
                .header("Content-Type", "a/b/c").GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(noType.statusCode()).isEqualTo(415);
        given().when().get("/api/v1/no-such-thing/" + token).then().statusCode(404);
        String after = metrics();

        assertThat(after).contains("uri=\"/api/v1/places/{uprn}\"").contains("uri=\"/track/{token}\"")
                .contains("uri=\"/open311/{endpoint: v2|test/v2}/services.{format: xml|json}\"")
                .contains("http_server_requests_seconds_bucket{");
        assertThat(after).doesNotContain(reference).doesNotContain(token).doesNotContain("990000000184")
                .doesNotContain("no-such-thing");
    }

    @Test
    void queuesAndImportsAreGauged() {
        String after = metrics();
        for (Map.Entry<String, Map<String, String>> series : Map.of(
                "tierless_outbox_messages", Map.of("state", "pending"), "tierless_dispatches", Map.of("state", "dead"),
                "tierless_imports_running", Map.of("kind", "onspd"), "tierless_import_rows_read", Map.of("kind", "addresses"),
                "tierless_rate_limit_refusals_total", Map.of("limit", "submissions")).entrySet()) {
            assertThat(value(after, series.getKey(), series.getValue())).as("%s", series).isNotNull().isFinite()
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(value(after, "tierless_outbox_messages", Map.of("state", "dead"))).isNotNull().isFinite();
        assertThat(value(after, "tierless_dispatches", Map.of("state", "pending"))).isNotNull().isFinite();
    }
}
