package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous usage counts: one more per event, demand from opened tiles only, the device class and nothing more. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class UsageCounterTest {

    @Inject
    UsageCounter counter;

    @Inject
    DataSource dataSource;

    @Test
    void everyOpenedTileAddsOneToTodaysCountButDemandWaitsForTomorrow() {
        long before = demandFor("redditch", "fly-tipping");
        long todayBefore = openedToday("redditch", "fly-tipping");

        List<UsageCounter.TileUse> tiles = List.of(new UsageCounter.TileUse("redditch", "fly-tipping"));
        counter.count(UsageCounter.PAGE_VIEW, "redditch", tiles, UsageCounter.TILE_OPENED, "web", "phone");
        counter.count(null, "", tiles, UsageCounter.TILE_OPENED, "web", "desktop");

        assertThat(openedToday("redditch", "fly-tipping")).isEqualTo(todayBefore + 2);
        assertThat(demandFor("redditch", "fly-tipping")).isEqualTo(before);
    }

    @Test
    void aTileOnlyShownIsNoDemand() {
        long before = demandFor("redditch", "dog-fouling");

        counter.count(UsageCounter.PAGE_VIEW, "redditch", List.of(new UsageCounter.TileUse("redditch", "dog-fouling")),
                UsageCounter.TILE_SHOWN, "web", "desktop");

        assertThat(demandFor("redditch", "dog-fouling")).isEqualTo(before);
    }

    @Test
    void demandIsCountedOnlyForTheCouncilsAskedAbout() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into usage_counts (day, event, origin, council, service, channel, device,"
                    + " count) values (current_date - 1, 'tile-opened', '', 'bromsgrove', 'abandoned-vehicle', 'web',"
                    + " 'desktop', 1) on conflict do nothing");
        }
        counter.pastDaysChanged();

        assertThat(counter.demand(List.of("redditch"))).doesNotContainKey("bromsgrove/abandoned-vehicle");
        assertThat(counter.demand(List.of("bromsgrove", "redditch"))).containsKey("bromsgrove/abandoned-vehicle");
    }

    @Test
    void theDeviceIsOnlyItsClass() {
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148"))
                .isEqualTo("phone");
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (Linux; Android 14; Pixel 8)")).isEqualTo("phone");
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo("tablet");
        assertThat(UsageCounter.deviceClass("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")).isEqualTo("desktop");
        assertThat(UsageCounter.deviceClass(null)).isEqualTo("desktop");
    }

    @Test
    void countsMadeWhileFlushingAllArriveOnceEach() throws Exception {
        long before = openedToday("wychavon", "bulky-waste");
        long monthBefore = openedThisMonth("wychavon", "bulky-waste");
        List<UsageCounter.TileUse> tiles = List.of(new UsageCounter.TileUse("wychavon", "bulky-waste"));
        int threads = 4;
        int each = 2_500;
        ExecutorService pages = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> counting = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counting.add(pages.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        counter.count(null, "", tiles, UsageCounter.TILE_OPENED, "web", "desktop");
                    }
                }));
            }
            while (counting.stream().anyMatch(page -> !page.isDone())) {
                counter.flush();
            }
            for (Future<?> page : counting) {
                page.get();
            }
        } finally {
            pages.shutdown();
        }

        assertThat(openedToday("wychavon", "bulky-waste")).isEqualTo(before + threads * each);
        assertThat(openedThisMonth("wychavon", "bulky-waste")).isEqualTo(monthBefore + threads * each);
    }

    private long openedThisMonth(String council, String service) {
        counter.flush();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(sum(count), 0) from usage_counts_monthly"
                     + " where month = date_trunc('month', current_date)::date and event = 'tile-opened'"
                     + " and council = '" + council + "' and service = '" + service + "'")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long openedToday(String council, String service) {
        counter.flush();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(sum(count), 0) from usage_counts where day = current_date"
                     + " and event = 'tile-opened' and council = '" + council + "' and service = '" + service + "'")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long demandFor(String council, String service) {
        return counter.demand(List.of(council)).getOrDefault(council + "/" + service, 0L);
    }
}
