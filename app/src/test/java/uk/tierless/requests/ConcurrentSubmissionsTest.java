package uk.tierless.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many submissions to one council at the same moment, each with its own key: the reference sequence and the sharded
 * rollup rows (docs/benchmarks.md, Submissions) let them run side by side, and still every request gets a reference of its
 * own and the board counts every one of them, once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConcurrentSubmissionsTest {

    private static final int SUBMISSIONS = 50;

    @TestHTTPResource("/api/v1/requests")
    URL requests;

    @Inject
    DataSource dataSource;

    @Test
    void fiftyAtOnceGetFiftyReferencesAndAreCountedFiftyTimes() throws Exception {
        long receivedBefore = received();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        Set<String> references = new HashSet<>();
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                String body = new ObjectMapper().writeValueAsString(missedBin("concurrent-" + UUID.randomUUID()));
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(requests.toURI()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                references.add(JsonPath.from(response.body()).getString("reference"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as("every one made").containsOnly(201);
        assertThat(references).as("a reference each").hasSize(SUBMISSIONS).doesNotContainNull()
                .allMatch(reference -> reference.matches("TAM-\\d{4}-\\d{4,}"));
        assertThat(received() - receivedBefore).as("the board counts each once").isEqualTo(SUBMISSIONS);
    }

    private static Map<String, Object> missedBin(String key) {
        return Map.of("service", "missed-bin", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"), "idempotencyKey", key,
                "answers", Map.of("bin-type", "recycling", "collection-date", "2026-11-20", "bin-out", "yes"),
                "contact", Map.of("email", "resident@example.com"));
    }

    /** Tamworth's missed bins received, over every day and shard of the rollups. */
    private long received() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(sum(received), 0) from request_rollups"
                     + " where not demo and council = 'tamworth' and service = 'missed-bin'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
