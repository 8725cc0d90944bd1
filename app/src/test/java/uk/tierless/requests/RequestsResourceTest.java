package uk.tierless.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.photos.Photos;
import uk.tierless.photos.TestPhotos;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RequestsResourceTest {

    @Inject
    TenantScope tenantScope;

    @TestHTTPResource("/api/v1/requests")
    URL requests;

    @Inject
    Photos photos;

    private static Map<String, Object> missedBin(String key) {
        return Map.of("service", "missed-bin", "postcode", "b79 7ah",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"), "idempotencyKey", key,
                "answers", Map.of("bin-type", "recycling", "collection-date", "2026-11-20", "bin-out", "yes"),
                "contact", Map.of("email", "resident@example.com"));
    }

    @Test
    void theFormIsTheResponsibleCouncilsCurrentVersion() {
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/services/missed-bin")
                .then().statusCode(200)
                .body("council.slug", equalTo("tamworth"))
                .body("formVersion", equalTo(1))
                .body("questions.id", contains("bin-type", "collection-date", "bin-out", "details"))
                .body("questions[0].type", equalTo("radios"))
                .body("questions[0].required", equalTo(true))
                .body("questions[0].options.value", hasItems("general", "recycling"));
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/services/council-tax-payment")
                .then().statusCode(400).body("error", equalTo("not_online"))
                .body("message", startsWith("Tamworth Borough Council does not take"));
    }

    @Test
    void aMissedBinBecomesATamworthRequestThatCanBeTracked() {
        String key = "test-" + UUID.randomUUID();
        String reference = given().contentType("application/json").body(missedBin(key))
                .when().post("/api/v1/requests")
                .then().statusCode(201)
                .body("reference", matchesPattern("TAM-\\d{4}-\\d{4}"))
                .body("council.slug", equalTo("tamworth"))
                .body("status", equalTo("submitted"))
                .body("trackUrl", matchesPattern("/track/[A-Za-z0-9_-]{32}"))
                .extract().path("reference");

        given().contentType("application/json").body(Map.of("reference", reference.toLowerCase(), "email", "Resident@Example.com"))
                .when().post("/api/v1/requests/track")
                .then().statusCode(200)
                .body("reference", equalTo(reference))
                .body("service", equalTo("missed-bin"))
                .body("status", equalTo("submitted"))
                .body("updates.status", contains("submitted"));
        given().contentType("application/json").body(Map.of("reference", reference, "postcode", "B797AH"))
                .when().post("/api/v1/requests/track").then().statusCode(200);
        given().contentType("application/json").body(Map.of("reference", reference, "email", "someone@else.com"))
                .when().post("/api/v1/requests/track").then().statusCode(404)
                .body("message", equalTo("We could not find a request with that reference and email address."));

        long tamworthSees = tenantScope.call("tamworth", () -> ServiceRequest.count("reference", reference));
        long lichfieldSees = tenantScope.call("lichfield", () -> ServiceRequest.count("reference", reference));
        assertThat(tamworthSees).isEqualTo(1);
        assertThat(lichfieldSees).isZero();
    }

    /** Sixteen retries of one submission sent at the same moment: one request, and every one of them answers with it. */
    @Test
    void concurrentRetriesWithOneKeyAllAnswerWithTheOneRequest() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String body = new ObjectMapper().writeValueAsString(missedBin(key));
        int parallel = 16;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(requests.toURI()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> references = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                references.add(JsonPath.from(response.body()).getString("reference"));
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(parallel - 1);
            assertThat(references).hasSize(1).doesNotContainNull();
        } finally {
            pool.shutdownNow();
        }
        assertThat(tenantScope.call("tamworth", () -> ServiceRequest.count("idempotencyKey", key))).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneRequest() {
        String key = "retry-" + UUID.randomUUID();
        String first = given().contentType("application/json").body(missedBin(key)).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("reference");
        String second = given().contentType("application/json").body(missedBin(key)).when().post("/api/v1/requests")
                .then().statusCode(200).extract().path("reference");

        assertThat(second).isEqualTo(first);
        assertThat(tenantScope.call("tamworth", () -> ServiceRequest.count("idempotencyKey", key))).isEqualTo(1);
    }

    @Test
    void aPotholeFromTheSamePostcodeBelongsToTheCounty() {
        given().contentType("application/json").body(Map.of("service", "report-pothole", "postcode", "B79 7AH",
                        "idempotencyKey", "pothole-" + UUID.randomUUID(),
                        "answers", Map.of("location", Map.of("lat", 52.6387, "lon", -1.7041), "size", "large",
                                "position", "road")))
                .when().post("/api/v1/requests")
                .then().statusCode(201)
                .body("council.slug", equalTo("staffordshire"))
                .body("reference", startsWith("SCC-"));
    }

    @Test
    void anAppSendsAPhotoFirstAndAnswersWithItsId() {
        String photo = given().contentType("image/jpeg").body(TestPhotos.jpegWithLocation())
                .when().post("/api/v1/photos")
                .then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .extract().path("photo");
        assertThat(TestPhotos.contains(photos.open(photo).orElseThrow().content(), TestPhotos.WHERE_TAKEN)).isFalse();

        Map<String, Object> answers = Map.of("location", Map.of("uprn", "990000000183", "description", "Outside number 12"),
                "size", "small", "position", "pavement", "photo", photo);
        String reference = given().contentType("application/json").body(Map.of("service", "report-pothole",
                        "uprn", "990000000183", "idempotencyKey", "photo-" + UUID.randomUUID(), "answers", answers))
                .when().post("/api/v1/requests")
                .then().statusCode(201).body("reference", startsWith("SCC-"))
                .extract().path("reference");
        Map<String, Object> stored = tenantScope.call("staffordshire",
                () -> ServiceRequest.<ServiceRequest>find("reference", reference).firstResult().answers);
        assertThat(stored).containsEntry("photo", photo)
                .containsEntry("location", Map.of("uprn", "990000000183", "description", "Outside number 12"));
    }

    @Test
    void aPhotoOfAnotherKindOrAnUnknownPhotoIsA400() {
        given().contentType("image/jpeg").body("GIF89a pretending".getBytes())
                .when().post("/api/v1/photos")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details[0].field", equalTo("photo"))
                .body("details[0].message", equalTo("The selected file must be a JPEG, PNG or HEIC"));
        given().contentType("application/json").body(Map.of("service", "report-pothole", "postcode", "B79 7AH",
                        "idempotencyKey", "photo-" + UUID.randomUUID(),
                        "answers", Map.of("location", "By the church", "size", "small", "position", "road",
                                "photo", "0123456789abcdef0123456789abcdef.jpg")))
                .when().post("/api/v1/requests")
                .then().statusCode(400).body("details.field", contains("photo"));
    }

    @Test
    void emptyAnswersAreA400NamingEveryRequiredQuestion() {
        given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "answers", Map.of("colour", "blue")))
                .when().post("/api/v1/requests")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("details.field", containsInAnyOrder("idempotencyKey", "colour", "bin-type", "collection-date", "bin-out"));
        given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "bad-" + UUID.randomUUID(), "contact", Map.of("email", "not-an-email"),
                        "answers", Map.of("bin-type", "purple", "collection-date", "yesterday", "bin-out", "maybe")))
                .when().post("/api/v1/requests")
                .then().statusCode(400)
                .body("details.field", containsInAnyOrder("contact.email", "bin-type", "collection-date", "bin-out"));
    }

    @Test
    void aMissedCollectionIsOnADateInThePast() {
        Map<String, Object> body = new HashMap<>(missedBin("future-" + UUID.randomUUID()));
        body.put("answers", Map.of("bin-type", "recycling", "bin-out", "yes",
                "collection-date", LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString()));
        given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(400).body("details.field", contains("collection-date"))
                .body("details.message", contains("The date it should have been collected must be in the past"));
    }

    @Test
    void aRequestMadeWithOnlyAPostcodeSaysWhereInWords() {
        Map<String, Object> body = new HashMap<>(missedBin("words-" + UUID.randomUUID()));
        body.remove("address");
        given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details.field", contains("address.line1"))
                .body("details.message", contains("Enter the building and street"));
        body.put("address", Map.of("line1", " ", "town", "Tamworth"));
        given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(400).body("details.field", contains("address.line1"));
        body.put("address", Map.of("line1", "2 New Road", "town", "Tamworth"));
        given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(201).body("council.slug", equalTo("tamworth"));
    }

    @Test
    void whereTheAddressDecidesTheRequestNeedsIt() {
        given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 8FL",
                        "idempotencyKey", "straddle-" + UUID.randomUUID(), "answers", Map.of()))
                .when().post("/api/v1/requests")
                .then().statusCode(409).body("error", equalTo("address_needed"));
    }
}
