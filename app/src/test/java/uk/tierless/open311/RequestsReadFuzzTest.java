package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed parameters on the reads get the standard's 400 naming the parameter (404 for a jurisdiction or service
 * that is not one), in the format asked for: never a 500, a page or the input echoed as markup. The random mixtures
 * go to both endpoints.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RequestsReadFuzzTest {

    private static final List<String> READS = List.of("requests", "servicerequestupdates");
    private static final List<String> ODD_TIMES = List.of("yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
            "2026-11-23T25:00:00Z", "1e309", "NaN", "-1", "<fuzz-xss-1>", "'; drop table councils; --",
            "99999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2026-11-23T18:40:00", "Ωmega 🚮 \u202e", "\u0000\r\n",
            "a".repeat(600));
    private static final List<String> ODD_STATUSES = List.of("pending", "OPEN ", "open;closed", "1", "<fuzz-xss-2>",
            "\u0000", "closed,pending");
    private static final List<String> ODD_NAMES = List.of("atlantis", "<fuzz-xss-3>", "../../etc/passwd", "%zz",
            "TAMWORTH ", "a".repeat(600));

    @Test
    void eachMalformedTimeOrStatusIsA400NamingItsParameter() {
        for (String read : READS) {
            for (String format : List.of("xml", "json")) {
                for (String parameter : List.of("start_date", "end_date")) {
                    for (String odd : ODD_TIMES) {
                        assertRefused(read, format, Map.of("jurisdiction_id", "tamworth", parameter, odd), 400, parameter);
                    }
                }
            }
        }
        for (String odd : ODD_STATUSES) {
            assertRefused("requests", "json", Map.of("jurisdiction_id", "tamworth", "status", odd), 400, "status");
        }
        for (String odd : ODD_NAMES) {
            assertRefused("requests", "xml", Map.of("jurisdiction_id", odd), 404, "jurisdiction_id");
            assertRefused("requests", "json", Map.of("jurisdiction_id", "tamworth", "service_code", odd), 404, "service_code");
        }
    }

    @Test
    void randomMixturesOfParametersGetAnAnswerOrTheStandardsRefusal() {
        Random random = new Random(20261201L);
        List<String> parameters = List.of("jurisdiction_id", "service_request_id", "service_code", "start_date",
                "end_date", "status", "unknown");
        List<String> values = new ArrayList<>(ODD_TIMES);
        values.addAll(ODD_STATUSES);
        values.addAll(ODD_NAMES);
        values.addAll(List.of("tamworth", "staffordshire-connects", "missed-bin", "open", "closed", "TAM-2611-0001",
                "2026-11-23T18:40:00Z", "2026-11-01", "", " "));
        for (int i = 0; i < 300; i++) {
            Map<String, String> query = new LinkedHashMap<>();
            for (int n = random.nextInt(4); n >= 0; n--) {
                query.put(parameters.get(random.nextInt(parameters.size())), values.get(random.nextInt(values.size())));
            }
            String format = random.nextBoolean() ? "xml" : "json";
            String segment = values.get(random.nextInt(values.size()));
            // The sandbox answers reads as production does, refusals included.
            String endpoint = random.nextBoolean() ? "/open311/v2/" : "/open311/test/v2/";
            String path = endpoint + switch (random.nextInt(3)) {
                case 0 -> READS.get(random.nextInt(READS.size())) + "." + format;
                case 1 -> "requests/{segment}." + format;
                default -> "tokens/{segment}." + format;
            };
            Response response = given().queryParams(query).when().get(path,
                    path.contains("{segment}") ? new Object[]{segment} : new Object[0]);
            assertThat(response.statusCode()).as(path + " " + query).isIn(200, 400, 404);
            assertThat(response.contentType()).as(path + " " + query).isEqualTo(format.equals("xml") ? "text/xml" : "application/json");
            assertThat(response.asString()).as(path + " " + query).doesNotContain("<fuzz-xss-", "Exception", "uk.tierless.");
        }
    }

    private static void assertRefused(String read, String format, Map<String, String> query, int status, String parameter) {
        Response response = given().queryParams(query).when().get("/open311/v2/" + read + "." + format);
        assertThat(response.statusCode()).as(read + "." + format + " " + query).isEqualTo(status);
        String description = format.equals("xml") ? response.xmlPath().getString("errors.error.description")
                : response.jsonPath().getString("[0].description");
        assertThat(description).as(read + "." + format + " " + query).contains(parameter);
        assertThat(response.asString()).doesNotContain("<fuzz-xss-");
    }
}
