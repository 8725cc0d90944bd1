package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's request rollups move with the requests, in the same transaction, and a rebuild from the requests
 * gives the same rows.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RequestRollupsTest {

    private static final String[] COLUMNS = {"received", "closed", "closed_with_target", "closed_within_target",
            "handed_over", "duplicates"};

    @Inject
    DataSource dataSource;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    RollupRebuild rebuild;

    @Test
    void everyMoveIsCountedOnceAndARebuildFromTheRequestsAgrees() throws SQLException {
        Map<String, Long> tamworth = totals("tamworth", "fly-tipping", null);
        Map<String, Long> throughLichfield = totals("tamworth", "fly-tipping", "lichfield");
        Map<String, Long> county = totals("staffordshire", "report-pothole", null);
        long closesBefore = closes("tamworth", "fly-tipping");

        String onTime = flyTipping(null);
        String late = flyTipping(null);
        String repeat = flyTipping("lichfield");
        String misfiled = flyTipping(null);
        due(onTime, Instant.now().plus(3, ChronoUnit.DAYS));
        due(late, Instant.now().minus(1, ChronoUnit.HOURS));
        due(repeat, null);
        change(onTime, Map.of("status", "fixed"));
        change(late, Map.of("status", "in_progress"));
        change(late, Map.of("status", "fixed"));
        change(repeat, Map.of("duplicateOf", onTime));
        change(misfiled, Map.of("transferTo", "staffordshire", "service", "report-pothole"));
        change(onTime, Map.of("status", "reopened"));

        Map<String, Long> after = totals("tamworth", "fly-tipping", null);
        assertThat(after.get("received") - tamworth.get("received")).isEqualTo(4);
        assertThat(after.get("closed") - tamworth.get("closed")).as("fixed twice, one duplicate; the hand-over apart")
                .isEqualTo(3);
        assertThat(after.get("closed_with_target") - tamworth.get("closed_with_target")).isEqualTo(2);
        assertThat(after.get("closed_within_target") - tamworth.get("closed_within_target")).isEqualTo(1);
        assertThat(after.get("duplicates") - tamworth.get("duplicates")).isEqualTo(1);
        assertThat(after.get("handed_over") - tamworth.get("handed_over")).isEqualTo(1);
        assertThat(totals("tamworth", "fly-tipping", "lichfield").get("received") - throughLichfield.get("received"))
                .as("made through Lichfield's profile").isEqualTo(1);
        assertThat(totals("staffordshire", "report-pothole", null).get("received") - county.get("received"))
                .as("received by the county, under the service it was re-filed as").isEqualTo(1);
        assertThat(closes("tamworth", "fly-tipping") - closesBefore).as("closes in the histogram").isEqualTo(3);

        assertThat(monthlyRows()).as("the monthly rows are the sums of the daily ones").isEqualTo(monthsOfDailyRows());
        List<String> counted = everyRow();
        rebuild.rebuildAll();
        assertThat(everyRow()).as("the rollups rebuilt from the requests").isEqualTo(counted);
        assertThat(monthlyRows()).as("and by month").isEqualTo(monthsOfDailyRows());
    }

    @Test
    void onlyPlatformAdministratorsRebuild() {
        given().contentType("application/json").body("{}").when().post("/api/v1/admin/report-rollups/rebuild")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.realm("board", null, "staffordshire-connects", "board"))
                .contentType("application/json").body("{}").when().post("/api/v1/admin/report-rollups/rebuild")
                .then().statusCode(403);
        List<String> councils = given().auth().oauth2(TestTokens.realm("platform", null, null, "platform-admin"))
                .contentType("application/json").body("{}").when().post("/api/v1/admin/report-rollups/rebuild")
                .then().statusCode(200).extract().path("councils.council");
        assertThat(councils).contains("tamworth", "worcester");
    }

    private String flyTipping(String origin) {
        Map<String, Object> body = new HashMap<>(Map.of("service", "fly-tipping", "postcode", "B79 7AH",
                "idempotencyKey", "rollup-" + UUID.randomUUID(), "contact", Map.of("email", "rollups@example.com"),
                "answers", Map.of("location", "Behind the library", "waste-type", List.of("other"),
                        "amount", "single", "description", "A mattress")));
        if (origin != null) {
            body.put("origin", origin);
        }
        return given().contentType("application/json").body(body).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("reference");
    }

    private static void change(String reference, Map<String, String> change) {
        caseworker().contentType("application/json").body(change)
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);
    }

    private static RequestSpecification caseworker() {
        return given().auth().oauth2(TestTokens.caseworker("tamworth"));
    }

    /** Sets the request's due time (null for none), in its council's scope, as a target would. */
    private void due(String reference, Instant due) {
        tenantScope.run("tamworth", () -> entityManager.createNativeQuery("update service_requests set due_at = :due"
                        + " where reference = :reference")
                .setParameter("due", due == null ? null : java.sql.Timestamp.from(due))
                .setParameter("reference", reference).executeUpdate());
    }

    private Map<String, Long> totals(String council, String service, String origin) throws SQLException {
        StringBuilder sql = new StringBuilder("select");
        for (String column : COLUMNS) {
            sql.append(sql.length() > 6 ? "," : "").append(" coalesce(sum(").append(column).append("), 0)");
        }
        sql.append(" from request_rollups where not demo and council = '").append(council).append("' and service = '")
                .append(service).append("'").append(origin == null ? "" : " and origin = '" + origin + "'");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            Map<String, Long> totals = new HashMap<>();
            for (int i = 0; i < COLUMNS.length; i++) {
                totals.put(COLUMNS[i], row.getLong(i + 1));
            }
            return totals;
        }
    }

    private long closes(String council, String service) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(sum(closes), 0) from request_close_days"
                     + " where not demo and council = '" + council + "' and service = '" + service + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The monthly rows, summed over their shards (changeset 2026-12-03-11): the figures a reader sees. */
    private List<String> monthlyRows() throws SQLException {
        return rows("select concat_ws('|', council, month, service, channel, origin, sum(received), sum(closed),"
                + " sum(closed_with_target), sum(closed_within_target), sum(handed_over), sum(duplicates))"
                + " from request_rollups_monthly where not demo group by council, month, service, channel, origin"
                + " order by 1", "select concat_ws('|', council, month, service, working_days, sum(closes))"
                + " from request_close_days_monthly where not demo group by council, month, service, working_days"
                + " order by 1");
    }

    private List<String> monthsOfDailyRows() throws SQLException {
        String month = "date_trunc('month', day::timestamp)::date";
        return rows("select concat_ws('|', council, " + month + ", service, channel, origin, sum(received), sum(closed),"
                + " sum(closed_with_target), sum(closed_within_target), sum(handed_over), sum(duplicates))"
                + " from request_rollups where not demo group by council, " + month + ", service, channel, origin"
                + " order by 1", "select concat_ws('|', council, " + month + ", service, working_days, sum(closes))"
                + " from request_close_days where not demo group by council, " + month + ", service, working_days"
                + " order by 1");
    }

    private List<String> rows(String... queries) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : queries) {
                try (ResultSet row = statement.executeQuery(sql)) {
                    while (row.next()) {
                        rows.add(row.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    /** Every live rollup and histogram row, summed over its shards, as text, in order. */
    private List<String> everyRow() throws SQLException {
        return rows("select concat_ws('|', council, day, service, channel, origin, sum(received), sum(closed),"
                + " sum(closed_with_target), sum(closed_within_target), sum(handed_over), sum(duplicates))"
                + " from request_rollups where not demo group by council, day, service, channel, origin order by 1",
                "select concat_ws('|', council, day, service, working_days, sum(closes)) from request_close_days"
                        + " where not demo group by council, day, service, working_days order by 1");
    }
}
