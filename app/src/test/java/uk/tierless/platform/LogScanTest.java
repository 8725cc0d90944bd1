package uk.tierless.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.portal.PagePosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * Residents' journeys with distinctive personal data, every Tierless log line on (ALL) and the libraries at DEBUG,
 * then the whole log file searched for that data: none of it may be there (docs/security.md, Logs).
 */
@QuarkusTest
@TestProfile(LogScanTest.EverythingLogged.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class LogScanTest {

    static final Path LOG = Path.of("target/log-scan.log");
    private static final String EMAIL = "Wilhelmina.Quackenbush@Example.com";
    private static final String PHONE = "07700 900461";
    private static final String NAME = "Wilhelmina Quackenbush";
    private static final String UPRN = "990000000002";
    private static final String DETAILS = "Bin left by the Zebedee gnome";
    private static final String PLACE = "Outside Flumpington Cottage";
    /** Unique to the run: target/test-mail keeps earlier runs' mails, for requests with the same references. */
    private static final String PUBLIC_NOTE = "Crew Yarrowby will come back " + UUID.randomUUID();
    private static final String PRIVATE_NOTE = "Caller Quimby sounded upset";
    private static final String BAD_JSON = "Snodgrass-Tallyho";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class EverythingLogged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return WithoutDemoHistory.and(Map.of(
                    "quarkus.log.level", "DEBUG",
                    "quarkus.log.category.\"uk.tierless\".level", "ALL",
                    "quarkus.log.category.\"uk.tierless\".min-level", "ALL",
                    "quarkus.log.console.level", "INFO",
                    // The tests' own HTTP client logs what it sends and receives; it is not Tierless.
                    "quarkus.log.category.\"org.apache.http\".level", "INFO",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.level", "ALL",
                    // Read from an offset taken before the journeys: a rotation (10 MB by default) would move it.
                    "quarkus.log.file.rotation.max-file-size", "1G",
                    // JSON lines, as operators get them (docs/observability.md): the scan reads what they would keep.
                    "TIERLESS_LOG_FORMAT", "json"));
        }
    }

    @Test
    void theJourneysLeaveNoPersonalDataInTheLog() throws IOException {
        long before = Files.size(LOG); // the file outlives runs: only what these journeys log is read
        // A resident through the form pages: a place described in words, the details, an email and a phone number.
        String pothole = "service=report-pothole&uprn=" + UPRN;
        Response first = given().when().get("/form?" + pothole);
        Response second = PagePosts.post(first, "/form/check?" + pothole, Map.of("location", PLACE, "location-at-address", "yes"));
        Response photo = PagePosts.post(second, "/form/check?" + pothole, Map.of("size", "large", "position", "road"));
        Response contact = PagePosts.post(photo, "/form/check?" + pothole, Map.of());
        Response check = PagePosts.post(contact, "/form/check?" + pothole, Map.of("email", EMAIL, "phone", PHONE));
        check.then().statusCode(200).body(containsString("Check your answers"));
        String trackUrl = PagePosts.post(check, "/form/submit?" + pothole, Map.of()).then().statusCode(303).extract().header("Location");
        assertThat(trackUrl).contains("/track/");

        // One through the API, with the resident's name in the words, and a mistake in the email address.
        Map<String, Object> request = new HashMap<>(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                "idempotencyKey", "scan-" + UUID.randomUUID(),
                "answers", Map.of("bin-type", "garden", "collection-date", "2026-11-20", "bin-out", "yes",
                        "details", DETAILS + ", says " + NAME)));
        request.put("contact", Map.of("email", NAME + " at home", "phone", PHONE));
        given().contentType("application/json").body(request).when().post("/api/v1/requests").then().statusCode(400);
        request.put("contact", Map.of("email", EMAIL, "phone", PHONE));
        String reference = given().contentType("application/json").body(request).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("reference");
        given().contentType("application/json").body("{\"service\": \"missed-bin\", \"contact\": {\"email\": \"" + BAD_JSON)
                .when().post("/api/v1/requests").then().statusCode(400);

        // Tracking, by email and by postcode, right and wrong, on the API and the page.
        given().contentType("application/json").body(Map.of("reference", reference, "email", EMAIL.toLowerCase(Locale.ROOT)))
                .when().post("/api/v1/requests/track").then().statusCode(200);
        given().contentType("application/json").body(Map.of("reference", reference, "email", "not." + EMAIL))
                .when().post("/api/v1/requests/track").then().statusCode(404);
        given().contentType("application/json").body(Map.of("reference", reference, "postcode", "B79 7AH"))
                .when().post("/api/v1/requests/track").then().statusCode(200);
        Response trackPage = given().when().get("/track");
        PagePosts.post(trackPage, "/track", Map.of("reference", reference, "contact", EMAIL)).then().statusCode(200);

        // Staff: a note through the API, then a public and a private note through the pages.
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "in_progress", "privateNote", PRIVATE_NOTE))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);
        Map<String, String> staff = StaffSignIn.as("tamworth.caseworker");
        Response page = given().cookies(staff).queryParam("ref", reference).when().get("/staff/request");
        page.then().statusCode(200).body(containsString(EMAIL));
        Map<String, String> cookies = new HashMap<>(staff);
        cookies.putAll(page.getCookies());
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", field(page.asString(), "csrf-token"))
                .formParam("status", "fixed").formParam("publicNote", PUBLIC_NOTE)
                .formParam("privateNote", PRIVATE_NOTE).formParam("assignee", "keep")
                .when().post("/staff/request/events").then().statusCode(303);

        // The mail (the files transport) goes out, and its line is in the log: the scan sees what is logged.
        Path mail = await().atMost(Duration.ofSeconds(20)).until(() -> email(reference, PUBLIC_NOTE), Optional::isPresent).get();
        String fileName = mail.getFileName().toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(LOG).contains(fileName));
        byte[] all = Files.readAllBytes(LOG);
        String log = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertThat(log).contains("written to").contains("FileMailSender");
        assertThat(Files.readString(mail)).contains(EMAIL);

        assertThat(hits(log)).as("personal data in %s", LOG).isEmpty();
    }

    @Test
    void everyLineIsJsonAndTheRequestIdIsKeptOnlyWhenSafe() throws IOException {
        long before = Files.size(LOG);
        String theirs = "4f1c2b7e9a0d4c3b8e6f5a4d3c2b1a09";
        String platformAdmin = TestTokens.realm("platform", null, null, "platform-admin");
        Response kept = given().auth().oauth2(platformAdmin).header("X-Request-Id", theirs).contentType("application/json")
                .body("{}").when().post("/api/v1/admin/report-rollups/rebuild");
        kept.then().statusCode(200).header("X-Request-Id", theirs);
        // A header that is not an id the log can safely hold is replaced, and the name in it never logged.
        Response replaced = given().auth().oauth2(platformAdmin).header("X-Request-Id", NAME + " " + PHONE)
                .contentType("application/json").body("{}").when().post("/api/v1/admin/report-rollups/rebuild");
        String ours = replaced.then().statusCode(200).extract().header("X-Request-Id");
        assertThat(ours).matches("[0-9a-f]{32}");

        assertThat(jsonLines(before)).isNotEmpty();
        byte[] all = Files.readAllBytes(LOG);
        assertThat(hits(new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8))).isEmpty();
    }

    /** The JSON objects of the lines logged since {@code before}: every line must parse, with a level. */
    private static List<JsonNode> jsonLines(long before) throws IOException {
        byte[] all = Files.readAllBytes(LOG);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode object = JSON.readTree(line);
            assertThat(object.path("level").asText()).as("a JSON log line: %s", line).isNotEmpty();
            lines.add(object);
        }
        return lines;
    }

    /** Each line holding any of the journeys' personal data, in any obvious spelling. */
    private static List<String> hits(String log) {
        List<String> needles = List.of(EMAIL, "Quackenbush", PHONE, PHONE.replace(" ", ""), "+44" + PHONE.substring(1).replace(" ", ""),
                "7700 900461", "7700900461", UPRN, "Zebedee", "Flumpington", "Yarrowby", "Quimby", BAD_JSON);
        List<String> hits = new ArrayList<>();
        for (String line : log.split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            needles.stream().filter(needle -> lower.contains(needle.toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(needle -> hits.add(needle + " in: " + line));
        }
        return hits;
    }

    private static Optional<Path> email(String reference, String text) throws IOException {
        Path folder = Path.of("target/test-mail");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).filter(file -> {
                try {
                    String eml = Files.readString(file);
                    return eml.contains(reference) && eml.contains(text);
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a %s field in the page", name).isTrue();
        return matcher.group(1);
    }
}
