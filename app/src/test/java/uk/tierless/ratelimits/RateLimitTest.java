package uk.tierless.ratelimits;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.photos.TestPhotos;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.platform.Scrapes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Low limits and the test client (127.0.0.1) as a trusted proxy, so that each X-Forwarded-For value is a client of
 * its own. The window is an hour, so a test never sees its window end; each test uses clients of its own.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RateLimitTest {

    static final int SUBMISSIONS = 30;
    static final int PHOTOS = 5;
    static final int TRACKING = 8;
    static final int PER_REFERENCE = 4;
    static final int OPEN311_READS = 6;

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The %test names, because the ordinary test profile sets those (very high) in application.properties.
            return WithoutDemoHistory.and(Map.of("%test.tierless.rate-limits.submissions", "" + SUBMISSIONS,
                    "%test.tierless.rate-limits.photos", "" + PHOTOS,
                    "%test.tierless.rate-limits.tracking", "" + TRACKING,
                    "%test.tierless.rate-limits.tracking-per-reference", "" + PER_REFERENCE,
                    "%test.tierless.rate-limits.open311-reads", "" + OPEN311_READS,
                    "tierless.rate-limits.window", "1H",
                    "tierless.trusted-proxies", "127.0.0.1,::1"));
        }
    }

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RateLimiter rateLimiter;

    @Test
    void the31stSubmissionInAWindowIsA429InTheErrorShapeAndAnotherClientGoesOn() {
        for (int i = 0; i < SUBMISSIONS; i++) {
            submit(from("203.0.113.1")).then().statusCode(201);
        }
        String retryAfter = submit(from("203.0.113.1")).then().statusCode(429)
                .contentType("application/json")
                .body("error", equalTo("too_many_requests"))
                .body("message", startsWith("You have sent a lot of requests in a short time. Try again in "))
                .body("$", not(hasKey("details")))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);

        submit(from("203.0.113.2")).then().statusCode(201);
        // The proxy's own address is one more client, not a way round.
        submit(given()).then().statusCode(201);
    }

    @Test
    void open311ReadsAreLimitedPerClientAndRefusedInTheStandardsShape() {
        String[] reads = {"/open311/v2/requests.xml?jurisdiction_id=tamworth", "/open311/v2/requests/TAM-2601-9999.json",
                "/open311/test/v2/tokens/not-a-token.xml", "/open311/v2/servicerequestupdates.json?jurisdiction_id=tamworth"};
        for (int i = 0; i < OPEN311_READS; i++) {
            from("203.0.113.30").when().get(reads[i % reads.length]).then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));
        }
        String retryAfter = from("203.0.113.30").when().get(reads[0]).then().statusCode(429).contentType("text/xml")
                .body("errors.error.code", equalTo("429"))
                .body("errors.error.description", startsWith("You have read a lot of requests in a short time."))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        from("203.0.113.31").when().get(reads[0]).then().statusCode(200);
        // Discovery and the services read nothing of any request, and are not counted.
        from("203.0.113.30").when().get("/open311/discovery.json").then().statusCode(200);
        from("203.0.113.30").when().get("/open311/v2/services.json?jurisdiction_id=tamworth").then().statusCode(200);
    }

    @Test
    void refusalsAreCountedByLimitInTheMetrics() {
        String before = Scrapes.metrics();
        for (int i = 0; i < TRACKING; i++) {
            track(from("203.0.113.60"), Map.of("reference", "TAM-2601-" + (5000 + i), "email", "x@example.org"))
                    .then().statusCode(404);
        }
        track(from("203.0.113.60"), Map.of("reference", "TAM-2601-6000", "email", "x@example.org")).then().statusCode(429);
        String after = Scrapes.metrics();
        assertThat(Scrapes.increase(before, after, "tierless_rate_limit_refusals_total", Map.of("limit", "tracking")))
                .isEqualTo(1);
        assertThat(Scrapes.increase(before, after, "tierless_rate_limit_refusals_total", Map.of("limit", "submissions")))
                .isZero();
    }

    @Test
    void staffAreNotLimitedEvenFromAClientThatIs() throws Exception {
        for (int i = 0; i < PHOTOS; i++) {
            photo(from("203.0.113.10")).then().statusCode(201);
        }
        photo(from("203.0.113.10")).then().statusCode(429).header("Retry-After", Long::parseLong, org.hamcrest.Matchers.greaterThan(0L))
                .body("error", equalTo("too_many_requests"))
                .body("message", startsWith("You have uploaded a lot of photos in a short time."));
        for (int i = 0; i <= PHOTOS; i++) {
            photo(from("203.0.113.10").auth().oauth2(TestTokens.caseworker("tamworth"))).then().statusCode(201);
        }
        // A token that fails verification is no way round either.
        photo(from("203.0.113.10").auth().oauth2(TestTokens.forged("tamworth"))).then().statusCode(401);
        for (int i = 0; i <= TRACKING; i++) {
            from("203.0.113.11").auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                    .body(Map.of("reference", "TAM-2601-9999", "postcode", "B79 7AH"))
                    .when().post("/api/v1/requests/track").then().statusCode(404);
        }
    }

    @Test
    void trackingCountsFailedAndFoundLookupsPerClient() {
        String reference = submit(from("203.0.113.20")).then().statusCode(201).extract().path("reference");
        track(from("203.0.113.21"), Map.of("reference", reference, "email", "resident@example.com")).then().statusCode(200);
        for (int i = 1; i < TRACKING; i++) {
            // Each a reference of its own, so that only the client's allowance is spent.
            track(from("203.0.113.21"), Map.of("reference", "TAM-2601-" + (8000 + i), "postcode", "B79 7AH"))
                    .then().statusCode(404);
        }
        track(from("203.0.113.21"), Map.of("reference", reference, "email", "resident@example.com"))
                .then().statusCode(429).body("message", startsWith("You have looked up a lot of requests in a short time."))
                .header("Retry-After", Long::parseLong, org.hamcrest.Matchers.greaterThan(0L));
        track(from("203.0.113.22"), Map.of("reference", reference, "email", "resident@example.com")).then().statusCode(200);
    }

    @Test
    void oneReferenceIsCappedHoweverManyClientsGuessAtIt() {
        String reference = submit(from("203.0.113.30")).then().statusCode(201).extract().path("reference");
        for (int i = 1; i < PER_REFERENCE; i++) {
            track(from("198.51.100." + i), Map.of("reference", reference, "postcode", "B79 7AA")).then().statusCode(404);
        }
        track(from("198.51.100.99"), Map.of("reference", reference.toLowerCase(), "postcode", "B79 7AH")).then().statusCode(200);
        track(from("198.51.100.100"), Map.of("reference", reference, "postcode", "B79 7AH")).then().statusCode(429)
                .body("error", equalTo("too_many_requests"))
                .body("message", startsWith("This reference has been looked up many times in a short time."));
    }

    @Test
    void sequentialReferencesWithOnePostcodeShowOnlyTheStatusAndSoonA429() {
        String first = submit(from("203.0.113.40")).then().statusCode(201).extract().path("reference");
        submit(from("203.0.113.41")).then().statusCode(201);
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "in_progress", "publicNote", "The resident uses a wheelchair: bin left at the kerb."))
                .when().post("/api/v1/requests/" + first + "/events").then().statusCode(201);

        String prefix = first.substring(0, first.lastIndexOf('-') + 1);
        int number = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int found = 0;
        for (int i = 0; i < TRACKING; i++) {
            Response answer = track(from("192.0.2.200"), Map.of("reference", prefix + String.format("%04d", number + i),
                    "postcode", "B79 7AH"));
            if (answer.statusCode() == 200) {
                found++;
                answer.then().body("service", equalTo("missed-bin")).body("status", startsWith(""))
                        .body("$", not(hasKey("updates")))
                        .body(not(containsString("wheelchair"))).body(not(containsString("resident@example.com")));
            } else {
                answer.then().statusCode(404);
            }
        }
        assertThat(found).isEqualTo(2);
        track(from("192.0.2.200"), Map.of("reference", prefix + String.format("%04d", number + TRACKING), "postcode", "B79 7AH"))
                .then().statusCode(429);

        // The resident's email address still opens the notes.
        track(from("192.0.2.201"), Map.of("reference", first, "email", "resident@example.com")).then().statusCode(200)
                .body("status", equalTo("in_progress"))
                .body("updates.note", org.hamcrest.Matchers.hasItem("The resident uses a wheelchair: bin left at the kerb."));
    }

    @Test
    void theTrackingPageOverItsLimitIsA429PageThatKeepsWhatWasTyped() {
        Response form = given().when().get("/track");
        for (int i = 0; i < TRACKING; i++) {
            postTrackPage(form, "192.0.2.50", "TAM-2601-" + (7000 + i)).then().statusCode(404);
        }
        postTrackPage(form, "192.0.2.50", "TAM-2601-7777").then().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", Long::parseLong, org.hamcrest.Matchers.greaterThan(0L))
                .body(containsString("<h1 class=\"govuk-heading-l\">Try again in "))
                .body(containsString("You have looked up a lot of requests in a short time."))
                .body(containsString("<form method=\"post\" action=\"/track\""))
                .body(containsString("name=\"reference\" value=\"TAM-2601-7777\""))
                .body(containsString("Try again</button>"));
    }

    @Test
    void theFormOverTheSubmissionLimitShowsA429PageThatCanSendTheAnswersAgain() {
        for (int i = 0; i < SUBMISSIONS; i++) {
            // Refused requests count too: sending rubbish fast is no way round.
            from("192.0.2.60").contentType("application/json").body("{}").when().post("/api/v1/requests").then().statusCode(400);
        }
        Response form = given().queryParam("service", "missed-bin").queryParam("postcode", "B79 7AH").queryParam("c", "tamworth")
                .when().get("/form");
        RequestSpecification post = from("192.0.2.60").redirects().follow(false).cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded");
        hidden(form).forEach(post::formParam);
        Map<String, String> answers = Map.of("bin-type", "recycling", "collection-date", "2026-11-20", "bin-out", "yes",
                "email", "resident@example.com", "address.line1", "2 New Road");
        answers.forEach(post::formParam);
        Response refused = post.when().post("/form/submit?service=missed-bin&postcode=B79 7AH&c=tamworth");
        refused.then().statusCode(429).contentType(containsString("text/html"))
                .header("Retry-After", Long::parseLong, org.hamcrest.Matchers.greaterThan(0L))
                .body(containsString("Tamworth Borough Council"))
                .body(containsString("You have sent a lot of requests in a short time."))
                .body(containsString("We have kept what you entered."))
                .body(containsString("action=\"/form/submit?service=missed-bin&amp;postcode=B79%207AH&amp;c=tamworth\""));
        Map<String, String> kept = hidden(refused);
        assertThat(kept).containsAllEntriesOf(answers).containsKey("csrf-token").containsKey("idempotencyKey");

        // Sent again by the page's button (here by another client, whose allowance is untouched): the request is made.
        RequestSpecification again = from("192.0.2.61").redirects().follow(false).cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded");
        kept.forEach(again::formParam);
        again.when().post("/form/submit?service=missed-bin&postcode=B79 7AH&c=tamworth").then().statusCode(303)
                .header("Location", containsString("/track/"));
    }

    @Test
    void aPhotoOnAFormPageOverThePhotoLimitIsA429PageThatKeepsTheOtherAnswers() {
        for (int i = 0; i < PHOTOS; i++) {
            photo(from("192.0.2.70")).then().statusCode(201);
        }
        Response form = given().when().get("/form?service=report-pothole&postcode=B79 7AH");
        Map<String, String> fields = new HashMap<>(hidden(form));
        fields.putAll(Map.of("page", "3", "location", "By the bus stop", "size", "large", "position", "road"));
        String boundary = "----tierless-limits-boundary";
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        java.io.ByteArrayOutputStream multipart = new java.io.ByteArrayOutputStream();
        multipart.writeBytes((body + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        multipart.writeBytes(TestPhotos.jpegWithLocation());
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Response refused = from("192.0.2.70").cookies(form.getCookies()).contentType("multipart/form-data; boundary=" + boundary)
                .body(multipart.toByteArray()).when().post("/form/check?service=report-pothole&postcode=B79 7AH");
        refused.then().statusCode(429).header("Retry-After", Long::parseLong, org.hamcrest.Matchers.greaterThan(0L))
                .body(containsString("You have uploaded a lot of photos in a short time."))
                .body(containsString("You will need to choose your photo again."));
        assertThat(hidden(refused)).containsEntry("location", "By the bus stop").containsEntry("size", "large")
                .doesNotContainKey("photo");
    }

    /**
     * Two instances are two connections: counts made through each, one of them still uncommitted when the other
     * comes, add up, because PostgreSQL makes the second wait for the first's row.
     */
    @Test
    void countsThroughSeparateConnectionsAddUp() throws Exception {
        String key = "test-" + UUID.randomUUID();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            assertThat(count(first, key)).isEqualTo(1);
            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return count(second, key);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            first.commit();
            assertThat(waiting.get()).isEqualTo(2);
            assertThat(count(first, key)).isEqualTo(3);
            first.commit();
        }
    }

    @Test
    void endedWindowsAreSweptAndNoAddressIsStoredInClear() throws Exception {
        submit(from("203.0.113.250")).then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into rate_limit_counters (limit_name, client_key, window_start, hits)"
                    + " values ('photos', 'ended', now() - interval '2 hours', 3)");
            rateLimiter.sweep();
            try (ResultSet keys = statement.executeQuery("select client_key from rate_limit_counters")) {
                java.util.List<String> left = new java.util.ArrayList<>();
                while (keys.next()) {
                    left.add(keys.getString(1));
                }
                assertThat(left).isNotEmpty().doesNotContain("ended").noneMatch(key -> key.contains("203.0.113"));
            }
        }
    }

    private static int count(Connection connection, String key) throws Exception {
        try (PreparedStatement upsert = connection.prepareStatement(RateLimiter.COUNT)) {
            upsert.setString(1, "submissions");
            upsert.setString(2, key);
            upsert.setInt(3, 1);
            upsert.setDouble(4, 3600);
            upsert.setDouble(5, 3600);
            upsert.setDouble(6, 3600);
            try (ResultSet result = upsert.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    private static Response submit(RequestSpecification client) {
        return client.contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "limits-" + UUID.randomUUID(),
                        "answers", Map.of("bin-type", "recycling", "collection-date", "2026-11-20", "bin-out", "yes"),
                        "contact", Map.of("email", "resident@example.com")))
                .when().post("/api/v1/requests");
    }

    private static Response photo(RequestSpecification client) {
        return client.contentType("image/jpeg").body(TestPhotos.jpegWithLocation()).when().post("/api/v1/photos");
    }

    private static Response track(RequestSpecification client, Map<String, String> body) {
        return client.contentType("application/json").body(body).when().post("/api/v1/requests/track");
    }

    private static Response postTrackPage(Response form, String client, String reference) {
        RequestSpecification post = from(client).cookies(form.getCookies()).contentType("application/x-www-form-urlencoded");
        hidden(form).forEach(post::formParam);
        return post.formParam("reference", reference).formParam("contact", "").formParam("postcode", "B79 7AH")
                .when().post("/track");
    }

    private static Map<String, String> hidden(Response page) {
        Map<String, String> fields = new HashMap<>();
        Matcher matcher = HIDDEN.matcher(page.asString());
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
        }
        return fields;
    }
}
