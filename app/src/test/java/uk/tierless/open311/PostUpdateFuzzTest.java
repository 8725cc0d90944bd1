package uk.tierless.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.RequestWithNotes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed posts of updates, on both endpoints and in both formats, get only the standard's 400, 403 or 404: never a
 * 201, a 500, a page or the input echoed. Each post has at least one required field that is wrong or missing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PostUpdateFuzzTest {

    private static final List<String> REQUIRED = List.of("service_request_id", "update_id", "updated_datetime", "status",
            "description");
    private static final Map<String, List<String>> ODD = Map.of(
            "service_request_id", List.of("<fuzz-xss-1>", "TAM-26-1", "../../etc/passwd", "TAM-2611-0001'--", "\u0000"),
            "update_id", List.of("a".repeat(101), "two\nlines", "\u0000"),
            "updated_datetime", List.of("yesterday", "2026-13-01T00:00:00Z", "2026-11-23T18:40:00", "<fuzz-xss-2>", "1e309",
                    "99999-01-01T00:00:00Z"),
            "status", List.of("open", "reopened", "<fuzz-xss-3>", "OPEN;CLOSED", "fixed", "1"),
            "description", List.of("x".repeat(4001)));
    private static final List<String> RAW_BODIES = List.of("%zz", "api_key=%", "&&&", "=", "a=b".repeat(2) + "%",
            "service_request_id=%3Cfuzz-xss-4%3E&update_id", "x=1&".repeat(500) + "%zz", "\u0000\u0001");

    @Inject
    Open311Keys keys;

    @AfterEach
    void deleteTheTestKeys() {
        QuarkusTransaction.requiringNew().run(() -> Open311Key.delete("client like ?1", Open311KeysTest.CLIENT_PREFIX + "%"));
    }

    @Test
    void malformedPostsGetOnlyTheStandardsRefusals() {
        String key = keys.issue(Open311Keys.Owner.council("tamworth"), Open311KeysTest.CLIENT_PREFIX + "fuzz", "tester").key();
        String reference = RequestWithNotes.make().reference();
        Map<String, List<String>> good = Map.of("api_key", List.of(key, key, "tl311_wrong", ""),
                "jurisdiction_id", List.of("tamworth", "staffordshire-connects", "worcester", "<fuzz-xss-5>"),
                "service_request_id", List.of(reference, "TAM-0000-0000", "WOR-2611-0001"),
                "update_id", List.of("fuzz-1", "<fuzz-xss-6>"),
                "updated_datetime", List.of("2026-11-23T18:40:00Z", "2026-11-23T18:40:00+01:00"),
                "status", List.of("OPEN", "REOPEN", "FIXED"),
                "description", List.of("Still there", "<fuzz-xss-7>", ""));
        Random random = new Random(20261201L);
        for (int i = 0; i < 200; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            good.forEach((name, values) -> {
                if (random.nextInt(5) > 0) {
                    form.put(name, values.get(random.nextInt(values.size())));
                }
            });
            String spoiled = REQUIRED.get(random.nextInt(REQUIRED.size()));
            List<String> odd = ODD.get(spoiled);
            if (random.nextBoolean()) {
                form.remove(spoiled.equals("description") ? "status" : spoiled);
            } else {
                form.put(spoiled, odd.get(random.nextInt(odd.size())));
            }
            String format = random.nextBoolean() ? "xml" : "json";
            String endpoint = random.nextInt(4) == 0 ? "test/v2" : "v2";
            assertRefused(given().contentType("application/x-www-form-urlencoded").formParams(form)
                    .when().post("/open311/" + endpoint + "/servicerequestupdates." + format), format, form.toString());
        }
        for (String body : RAW_BODIES) {
            assertRefused(given().contentType("application/x-www-form-urlencoded").body(body)
                    .when().post("/open311/v2/servicerequestupdates.json"), "json", body);
        }
    }

    private static void assertRefused(Response response, String format, String what) {
        assertThat(response.statusCode()).as(what).isIn(400, 403, 404);
        assertThat(response.contentType()).as(what).isEqualTo(format.equals("xml") ? "text/xml" : "application/json");
        assertThat(response.asString()).as(what).doesNotContain("<fuzz-xss-", "Exception", "uk.tierless.");
    }
}
