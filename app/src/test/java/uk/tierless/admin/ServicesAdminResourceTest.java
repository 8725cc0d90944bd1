package uk.tierless.admin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The services API for a council's administrators, over HTTP: read, draft, publish (live for residents and in the
 * export), history, versions and restore, two saves at once, bad input. Uses Worcester's and Malvern Hills' link
 * services and publishes each back as it was.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicesAdminResourceTest {

    static final String WORCESTER = "/api/v1/councils/worcester/services";
    static final String MALVERN = "/api/v1/councils/malvern-hills/services";
    /** A Worcester postcode, whose district services are Worcester's. */
    private static final String WORCESTER_POSTCODE = "WR1 1RJ";

    private final List<String> touched = new ArrayList<>();

    static RequestSpecification as(String council) {
        return given().auth().oauth2(TestTokens.realm(council + ".admin", council, null, StaffRole.TENANT_ADMIN,
                StaffRole.CASEWORKER)).contentType("application/json");
    }

    /** Each service touched goes back to its first version, as a new version, with no draft left. */
    @AfterEach
    void putBack() {
        for (String path : touched) {
            String council = path.split("/")[4];
            if (as(council).get(path).path("draft") != null) {
                as(council).delete(path + "/draft").then().statusCode(204);
            }
            List<Integer> versions = as(council).get(path + "/versions").path("version");
            if (!versions.get(0).equals(versions.get(versions.size() - 1))) {
                as(council).body("{}").post(path + "/versions/" + versions.get(versions.size() - 1) + "/restore")
                        .then().statusCode(200);
                as(council).body("{}").post(path + "/publish").then().statusCode(200);
            }
        }
        touched.clear();
    }

    @Test
    void theListHasEveryServiceOfTheCouncilsTierWithItsLiveSettings() {
        as("worcester").get(WORCESTER).then().statusCode(200)
                .body("service", hasItem("dog-fouling"))
                .body("find { it.service == 'report-pothole' }", nullValue())
                .body("find { it.service == 'dog-fouling' }.mode", equalTo("link"))
                .body("find { it.service == 'dog-fouling' }.link", equalTo("https://www.worcester.gov.uk/dog-fouling"))
                .body("find { it.service == 'dog-fouling' }.offered", equalTo(true))
                .body("find { it.service == 'fly-tipping' }.form.questions.id", hasItem("photo"));
        as("worcester").get(WORCESTER + "/dog-fouling").then().statusCode(200)
                .body("service", equalTo("dog-fouling"))
                .body("name", notNullValue())
                .body("group", notNullValue())
                .body("draft", nullValue())
                .body("revision", notNullValue())
                .body("version", notNullValue());
    }

    @Test
    void aPublishedFormIsWhatResidentsGetAndTheExportSaysAndTheHistoryShows() {
        String path = WORCESTER + "/single-person-discount";
        touched.add(path);
        int revision = as("worcester").get(path).path("revision");

        as("worcester").body(asForm("Your name on the bill", revision)).put(path + "/draft").then().statusCode(200)
                .body("mode", equalTo("form"))
                .body("revision", equalTo(revision + 1))
                .body("updatedBy", equalTo("worcester.admin"));
        as("worcester").get(path).then().body("mode", equalTo("link")).body("draft.mode", equalTo("form"));
        Response published = as("worcester").body("{}").post(path + "/publish");

        published.then().statusCode(200)
                .body("service", equalTo("single-person-discount"))
                .body("publishedBy", equalTo("worcester.admin"))
                .body("publishedAt", notNullValue());
        int version = published.path("version");
        given().queryParam("postcode", WORCESTER_POSTCODE).get("/api/v1/services").then().statusCode(200)
                .body("find { it.code == 'single-person-discount' }.mode", equalTo("form"));
        given().queryParam("postcode", WORCESTER_POSTCODE).get("/api/v1/services/single-person-discount")
                .then().statusCode(200).body("council.slug", equalTo("worcester"))
                .body("questions.label", hasItem("Your name on the bill"));
        as("worcester").get("/api/v1/councils/worcester/services.yaml").then().statusCode(200)
                .contentType(containsString("text/yaml"))
                .body(containsString("label: Your name on the bill"));
        as("worcester").get(path + "/versions").then().statusCode(200)
                .body("[0].version", equalTo(version))
                .body("[0].publishedBy", equalTo("worcester.admin"));
        as("worcester").get(path + "/history?page=1&size=2").then().statusCode(200)
                .body("items.action", equalTo(List.of("service.published", "service.draft-saved")))
                .body("items[0].actor", equalTo("worcester.admin"))
                .body("items[0].before.mode", equalTo("link"))
                .body("items[0].after.mode", equalTo("form"))
                .body("size", equalTo(2))
                .body("total", notNullValue());
    }

    @Test
    void aVersionRestoredIsANewDraftAndDiscardingItLeavesTheLiveVersion() {
        String path = MALVERN + "/moving-home";
        touched.add(path);
        int revision = as("malvern-hills").get(path).path("revision");
        as("malvern-hills").body(asLink("https://www.malvernhills.gov.uk/moving", revision)).put(path + "/draft")
                .then().statusCode(200);
        as("malvern-hills").body("{}").post(path + "/publish").then().statusCode(200);
        List<Integer> versions = as("malvern-hills").get(path + "/versions").path("version");

        as("malvern-hills").body("{}").post(path + "/versions/" + versions.get(1) + "/restore").then().statusCode(200)
                .body("link", equalTo("https://www.malvernhills.gov.uk/council-tax"))
                .body("basedOn", equalTo(versions.get(0)));
        as("malvern-hills").delete(path + "/draft").then().statusCode(204);

        as("malvern-hills").get(path).then().body("draft", nullValue())
                .body("link", equalTo("https://www.malvernhills.gov.uk/moving"));
        as("malvern-hills").delete(path + "/draft").then().statusCode(409).body("error", equalTo("conflict"));
        as("malvern-hills").body("{}").post(path + "/publish").then().statusCode(409).body("error", equalTo("conflict"));
        as("malvern-hills").body("{}").post(path + "/versions/9999/restore").then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void twoSavesAtOnceFromTheSameRevisionOneWinsAndTheOtherIsToldWho() throws Exception {
        String path = MALVERN + "/moving-home";
        touched.add(path);
        // A draft saved and discarded first, so that both saves race on a row last changed by someone else.
        int read = as("malvern-hills").get(path).path("revision");
        as("malvern-hills").body(asLink("https://www.malvernhills.gov.uk/earlier", read)).put(path + "/draft")
                .then().statusCode(200);
        as("malvern-hills").delete(path + "/draft").then().statusCode(204);
        int revision = as("malvern-hills").get(path).path("revision");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> saves = new ArrayList<>();
        for (String who : List.of("first", "second")) {
            Callable<Response> save = () -> {
                RequestSpecification request = given().auth().oauth2(TestTokens.realm(who + ".admin", "malvern-hills", null,
                                StaffRole.TENANT_ADMIN)).contentType("application/json")
                        .body(asLink("https://www.malvernhills.gov.uk/" + who, revision));
                start.await();
                return request.put(path + "/draft");
            };
            saves.add(pool.submit(save));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> save : saves) {
            answers.add(save.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response won = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow();
        Response lost = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
        assertThat(lost.<String>path("error")).isEqualTo("conflict");
        assertThat(lost.<String>path("message")).contains("changed by " + won.path("updatedBy") + " on ");
        as("malvern-hills").get(path).then().body("revision", equalTo(revision + 1))
                .body("draft.link", equalTo(won.path("link")));
    }

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                Arguments.of("a plain http link", """
                        {"offered": true, "mode": "link", "link": "http://www.malvernhills.gov.uk/x", "summary": "S",
                         "revision": %d}""", "invalid_request", "link"),
                Arguments.of("an unknown mode", """
                        {"offered": true, "mode": "fax", "summary": "S", "revision": %d}""", "invalid_request", "mode"),
                Arguments.of("a target time for a link", """
                        {"offered": true, "mode": "link", "link": "https://www.malvernhills.gov.uk/x", "summary": "S",
                         "targetDays": 5, "revision": %d}""", "invalid_request", "targetDays"),
                Arguments.of("a target time out of range", """
                        {"offered": true, "mode": "form", "summary": "S", "targetDays": 0,
                         "form": {"questions": [{"id": "a", "type": "text", "label": "A"}]}, "revision": %d}""",
                        "invalid_request", "targetDays"),
                Arguments.of("a reply with a placeholder that is not a field", """
                        {"offered": true, "mode": "form", "summary": "S",
                         "form": {"questions": [{"id": "a", "type": "text", "label": "A"}]},
                         "responses": [{"name": "Done", "text": "Done, {residentName}", "status": "fixed"}], "revision": %d}""",
                        "invalid_request", "responses[0].text"),
                Arguments.of("a reply setting a status that does not exist", """
                        {"offered": true, "mode": "form", "summary": "S",
                         "form": {"questions": [{"id": "a", "type": "text", "label": "A"}]},
                         "responses": [{"name": "Done", "text": "Done", "status": "vanished"}], "revision": %d}""",
                        "invalid_request", "responses[0].status"),
                Arguments.of("a question whose pattern does not compile", """
                        {"offered": true, "mode": "form", "summary": "S",
                         "form": {"questions": [{"id": "a", "type": "text", "label": "A", "pattern": "[a-"}]}, "revision": %d}""",
                        "invalid_request", "form.questions[0].pattern"),
                Arguments.of("two questions with one id", """
                        {"offered": true, "mode": "form", "summary": "S", "form": {"questions": [
                         {"id": "a", "type": "text", "label": "A"}, {"id": "a", "type": "text", "label": "B"}]}, "revision": %d}""",
                        "invalid_request", "form.questions[1].id"),
                Arguments.of("pinned as text", """
                        {"offered": true, "mode": "link", "pinned": "very", "revision": %d}""", "invalid_json", "pinned"),
                Arguments.of("target days as words", """
                        {"offered": true, "mode": "form", "targetDays": "five", "revision": %d}""", "invalid_json", "targetDays"),
                Arguments.of("replies as an object", """
                        {"offered": true, "mode": "form", "responses": {"name": "x"}, "revision": %d}""",
                        "invalid_json", "responses"),
                Arguments.of("no revision", """
                        {"offered": true, "mode": "link", "summary": "S%s"}""", "invalid_request", "revision"),
                Arguments.of("a negative revision", """
                        {"offered": true, "mode": "link", "summary": "S", "revision": -%d}""", "invalid_request", "revision"),
                Arguments.of("a revision as text", """
                        {"offered": true, "mode": "link", "summary": "S", "revision": "latest%d"}""", "invalid_json", "revision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void badInputOnAFieldIsNamedAndChangesNothing(String what, String body, String error, String field) {
        String path = MALVERN + "/abandoned-vehicle";
        Response before = as("malvern-hills").get(path);
        int revision = before.path("revision");

        as("malvern-hills").body(body.formatted(revision == 0 ? 1 : revision)).put(path + "/draft").then()
                .statusCode(400)
                .body("error", equalTo(error))
                .body("message", notNullValue())
                .body("details.field", hasItem(field));

        as("malvern-hills").get(path).then().statusCode(200)
                .body("revision", equalTo(revision))
                .body("draft", nullValue())
                .body("version", equalTo(before.<Integer>path("version")));
    }

    @Test
    void malformedJsonAndAMissingBodyAreRefusedInTheApisShape() {
        String path = MALVERN + "/abandoned-vehicle";
        as("malvern-hills").body("{\"mode\": ").put(path + "/draft").then().statusCode(400)
                .body("error", equalTo("invalid_json"));
        as("malvern-hills").put(path + "/draft").then().statusCode(400).body("error", equalTo("invalid_request"));
        as("malvern-hills").get(path).then().body("draft", nullValue());
    }

    @Test
    void anUnknownCouncilOrServiceIsA404AndAServiceOfAnotherTierIsNotTheCouncils() {
        as("malvern-hills").get("/api/v1/councils/nowhere/services").then().statusCode(404).body("error", equalTo("not_found"));
        as("malvern-hills").get(MALVERN + "/no-such-service").then().statusCode(404).body("error", equalTo("not_found"));
        as("malvern-hills").get(MALVERN + "/report-pothole/history").then().statusCode(404)
                .body("message", containsString("county service"));
        as("malvern-hills").get(MALVERN + "/moving-home/history?size=0").then().statusCode(400)
                .body("details.field", hasItem("size"));
    }

    private static String asForm(String label, int revision) {
        return """
                {"offered": true, "mode": "form", "summary": "Apply for 25%% off your council tax if you live alone.",
                 "targetDays": 10, "responses": [{"name": "Granted", "text": "We have granted it: {reference}.", "status": "fixed"}],
                 "form": {"questions": [{"id": "name", "type": "text", "label": "%s", "required": true, "maxLength": 100}]},
                 "revision": %d}""".formatted(label, revision);
    }

    private static String asLink(String link, int revision) {
        return """
                {"offered": true, "mode": "link", "summary": "Tell us you are moving.", "link": "%s", "revision": %d}"""
                .formatted(link, revision);
    }
}
