package uk.tierless.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /q/openapi names every /api and /open311 endpoint that docs/api.md lists, and no other: the
 * code and the dialect's reference cannot drift apart (docs/observability.md, OpenAPI).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OpenApiTest {

    private static final Path API_DOC = Path.of("..", "docs", "api.md");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");
    private static final Pattern DESCRIBED = Pattern.compile("/(api|open311)(/.*)?");

    @Test
    void theDocumentNamesEveryEndpointOfTheApiReferenceAndNoOther() throws IOException {
        assertThat(endpointsOfTheDocument()).isEqualTo(endpointsOf(Files.readAllLines(API_DOC)));
    }

    @Test
    void pagesAndQuarkusOwnEndpointsAreLeftOut() {
        assertThat(endpointsOfTheDocument()).isNotEmpty()
                .allSatisfy(endpoint -> assertThat(endpoint).matches("[A-Z]+ /(api|open311)/.*"));
    }

    @Test
    void docsEndpointLinesAreReadAsTheirReaderMeansThem() {
        assertThat(endpointsOf(List.of(
                "| `GET /api/v1/councils/{slug}/services`, `GET …/services/{service}` | a | b |",
                "| `PUT /api/v1/councils/{slug}/services/{service}/draft`, `DELETE …/draft` | a | b |",
                "| `POST`, `GET /api/v1/partnerships/{slug}/open311-keys`, `DELETE …/{id}` | a | b |",
                "| `GET /api/v1/partnerships/{slug}/report.csv?from=&to=&by=council\\|service\\|month` | a | b |",
                "| `POST /api/v1/councils/{slug}/services.yaml` (`?dryRun=true`) | a | b |",
                "| `GET /open311/{endpoint}/services.{format}`, `GET …/services/{code}.{format}` | a | b |",
                "| `GET /q/health/ready` | readiness | |")))
                .containsExactlyInAnyOrder("GET /api/v1/councils/{}/services", "GET /api/v1/councils/{}/services/{}",
                        "PUT /api/v1/councils/{}/services/{}/draft", "DELETE /api/v1/councils/{}/services/{}/draft",
                        "POST /api/v1/partnerships/{}/open311-keys", "GET /api/v1/partnerships/{}/open311-keys",
                        "DELETE /api/v1/partnerships/{}/open311-keys/{}", "GET /api/v1/partnerships/{}/report.csv",
                        "POST /api/v1/councils/{}/services.yaml", "GET /open311/{}/services.{}", "GET /open311/{}/services/{}.{}");
    }

    /** Each operation of the document as {@code METHOD /path}, its path parameters written {@code {}}. */
    private static Set<String> endpointsOfTheDocument() {
        JsonPath document = given().accept("application/json").queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Set<String> endpoints = new TreeSet<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().stream().map(method -> method.toUpperCase(Locale.ROOT))
                .filter(METHODS::contains).forEach(method -> endpoints.add(method + " " + normalised(path))));
        return endpoints;
    }

    /**
     * The endpoints named in the first column of docs/api.md's tables: code spans of a method and a path, a bare
     * method sharing the next span's path ({@code `GET`, `PUT /x`}), and {@code …/rest} continuing the path before it
     * from its last segment named as the first of {@code rest} (a suffix such as {@code .{format}} aside), or after
     * its end; queries are dropped. /q endpoints are Quarkus' own.
     */
    static Set<String> endpointsOf(List<String> lines) {
        Set<String> endpoints = new TreeSet<>();
        for (String line : lines) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String firstCell = line.split("(?<!\\\\)\\|")[1];
            List<String> pending = new ArrayList<>();
            String previous = null;
            Matcher span = CODE.matcher(firstCell);
            while (span.find()) {
                String[] words = span.group(1).split(" ", 2);
                if (!METHODS.contains(words[0])) {
                    continue;
                }
                if (words.length == 1) {
                    pending.add(words[0]);
                    continue;
                }
                String path = resolved(words[1].split("\\?")[0], previous);
                pending.add(words[0]);
                if (DESCRIBED.matcher(path).matches()) {
                    pending.forEach(method -> endpoints.add(method + " " + normalised(path)));
                }
                pending.clear();
                previous = path;
            }
        }
        return endpoints;
    }

    private static String resolved(String path, String previous) {
        if (!path.startsWith("…")) {
            return path;
        }
        String rest = path.substring(1);
        Matcher segment = Pattern.compile("/" + Pattern.quote(rest.split("/")[1].split("\\.")[0]) + "(?=[/.]|$)").matcher(previous);
        int at = -1;
        while (segment.find()) {
            at = segment.start();
        }
        return (at >= 0 ? previous.substring(0, at) : previous) + rest;
    }

    private static String normalised(String path) {
        return TEMPLATE.matcher(path).replaceAll("{}");
    }
}
