package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.reports.UsageCounter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The most used services of a place get larger tiles, from the days before today: today's use moves nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TileSizesTest {

    @Inject
    ServiceTiles tiles;

    @Inject
    UsageCounter usage;

    @Inject
    DataSource dataSource;

    @Test
    void theMostUsedServicesGetLargeTilesAndTodaysUseChangesNothing() throws SQLException {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        seed(yesterday, "tamworth", "moving-home", 900_000);
        seed(yesterday, "tamworth", "local-events", 800_000);
        seed(yesterday, "staffordshire", "school-closures", 700_000);
        seed(yesterday, "tamworth", "single-person-discount", 600_000);
        usage.count(null, "", List.of(new UsageCounter.TileUse("tamworth", "dog-fouling")),
                UsageCounter.TILE_OPENED, "web", "desktop");

        List<Tile> found = tiles.forPlace(tamworth());

        assertThat(found.stream().filter(Tile::large).map(Tile::code))
                .containsExactlyInAnyOrder("moving-home", "local-events", "school-closures");
        assertThat(codes(found).indexOf("moving-home")).isLessThan(codes(found).indexOf("single-person-discount"));
        assertThat(found.stream().filter(tile -> tile.code().equals("dog-fouling")).findFirst().orElseThrow().large())
                .isFalse();
        assertThat(codes(found).subList(0, (int) found.stream().filter(Tile::pinned).count()))
                .allMatch(code -> found.stream().anyMatch(tile -> tile.code().equals(code) && tile.pinned()));

        given().queryParam("postcode", "B79 7AH").when().get("/your-councils").then().statusCode(200)
                .body(containsString("tierless-tile tierless-tile--large"));
    }

    private static PlaceQuery tamworth() {
        PlaceQuery query = new PlaceQuery();
        query.postcode = "B79 7AH";
        return query;
    }

    private static List<String> codes(List<Tile> found) {
        return found.stream().map(Tile::code).toList();
    }

    private void seed(LocalDate day, String council, String service, long count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into usage_counts"
                     + " (day, event, origin, council, service, channel, device, count)"
                     + " values (?, ?, '', ?, ?, 'web', 'desktop', ?)"
                     + " on conflict (day, event, partnership, origin, council, service, channel, device)"
                     + " do update set count = excluded.count")) {
            insert.setDate(1, Date.valueOf(day));
            insert.setString(2, UsageCounter.TILE_OPENED);
            insert.setString(3, council);
            insert.setString(4, service);
            insert.setLong(5, count);
            insert.executeUpdate();
        }
        usage.pastDaysChanged();
    }
}
