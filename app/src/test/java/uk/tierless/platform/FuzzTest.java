package uk.tierless.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated odd input over every public endpoint and page: odd paths and trailing slashes, unknown and repeated query
 * parameters, mistyped and malformed JSON, form posts with and without their CSRF token, wrong content types, huge,
 * unicode and control-character values. No answer may be a 5xx, name a Java class or show a stack trace, or echo an
 * HTML marker unescaped; every 4xx from /api is in the error shape and every other 4xx is a page. Seeded and
 * reproducible: {@code -Dfuzz.seed=} and {@code -Dfuzz.inputs=} (2,000 by default; ops/fuzz/run.sh runs 10,000).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FuzzTest {

    private static final Pattern MARKER = Pattern.compile("<fuzz-xss-\\d+>");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Vert.x's limit on the request line (method, path and query), which it enforces below the router. */
    private static final int MAX_REQUEST_LINE = 4096;
    private static final List<String> LEAKS = List.of("java.", "uk.tierless.", "Exception", "\tat ");

    @TestHTTPResource("/")
    URI root;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noOddInputGetsAServerErrorOrALeak() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261201L);
        int inputs = Integer.getInteger("fuzz.inputs", 2000);
        System.out.printf("FuzzTest: %d inputs, seed %d (repeat with -Dfuzz.seed=%d)%n", inputs, seed, seed);
        String csrfCookie = client.send(HttpRequest.newBuilder(root.resolve("/track")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers().allValues("set-cookie").stream()
                .filter(cookie -> cookie.startsWith("csrf-token=")).map(cookie -> cookie.substring(11, cookie.indexOf(';')))
                .findFirst().orElseThrow();
        FuzzInputs generator = new FuzzInputs(new Random(seed), csrfCookie);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            FuzzInputs.Input input = generator.next();
            HttpResponse<String> response;
            try {
                response = client.send(input.request(root), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // The server may close the connection after refusing a body part-way (a 413): not a failure.
                byStatus.merge(0, 1, Integer::sum);
                continue;
            }
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            String problem = problem(input, response);
            if (problem != null) {
                failures.add(problem + " <- " + input);
            }
        }
        System.out.printf("FuzzTest: %d inputs in %d s, answers by status %s, %d failures%n", inputs,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), byStatus, failures.size());
        failures.stream().limit(30).forEach(failure -> System.out.println("FuzzTest failure: " + failure));
        assertThat(failures).as("inputs answered wrongly (seed " + seed + ")").isEmpty();
    }

    /** What is wrong with this answer, or null. */
    private static String problem(FuzzInputs.Input input, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String type = response.headers().firstValue("content-type").orElse("");
        if (status >= 500) {
            return "status " + status;
        }
        if (status == 414 && input.requestLine() > MAX_REQUEST_LINE || status == 400 && input.path().equals("//")) {
            // Refused by the HTTP layer before any handler of Tierless sees the request (docs/fuzzing.md).
            return null;
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "body shows '" + leak.replace("\t", "\\t") + "'";
            }
        }
        Matcher marker = MARKER.matcher(body);
        if (marker.find()) {
            return "body echoes " + marker.group() + " unescaped";
        }
        if (status < 400 || status == 429 || input.method().equals("HEAD")) {
            return null;
        }
        if (input.path().replaceFirst("^/+", "/").startsWith("/api/")) {
            try {
                JsonNode error = JSON.readTree(body);
                if (!type.startsWith("application/json") || !error.path("error").isTextual()
                        || !error.path("message").isTextual()) {
                    return status + " not in the error shape: " + abbreviate(body);
                }
            } catch (java.io.IOException e) {
                return status + " not JSON: " + abbreviate(body);
            }
        } else if (!type.startsWith("text/html") || !body.contains("<html")) {
            return status + " not a page: " + type + " " + abbreviate(body);
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
