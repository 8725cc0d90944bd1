package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo year of history (the tests configure the demo data, as make run does): loaded once, the same every time. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DemoHistoryTest {

    private static final Comparator<DemoFigures.Rollup> ROLLUP_ORDER = Comparator.comparing(DemoFigures.Rollup::day)
            .thenComparing(DemoFigures.Rollup::service).thenComparing(DemoFigures.Rollup::channel)
            .thenComparing(DemoFigures.Rollup::origin);

    @Inject
    DemoHistory history;

    @Inject
    DataSource dataSource;

    @Test
    void theGeneratorGivesTheSameRowsEveryTimeAndTheyAreTheRowsLoaded() throws SQLException {
        DemoFigures.Council tamworth = council("tamworth");
        LocalDate first = DemoHistory.firstDay(history.today());
        LocalDate last = history.today().minusDays(1);

        DemoFigures.History once = DemoFigures.of(tamworth, first, last);
        DemoFigures.History again = DemoFigures.of(council("tamworth"), first, last);

        assertThat(once.rollups()).isNotEmpty();
        assertThat(once.usage()).isNotEmpty();
        assertThat(again).isEqualTo(once);
        assertThat(loadedRollups("tamworth"))
                .isEqualTo(once.rollups().stream().filter(row -> !row.day().isAfter(last)).sorted(ROLLUP_ORDER).toList());
        assertThat(number("select coalesce(sum(closes), 0) from request_close_days where council = 'tamworth' and demo"))
                .isEqualTo(once.closeDays().stream().mapToLong(DemoFigures.CloseDays::closes).sum());
    }

    @Test
    void itLoadsOnceAndMarksTheDaysOfEveryMemberCouncil() throws SQLException {
        long rollups = number("select count(*) from request_rollups where demo");
        long usage = number("select coalesce(sum(count), 0) from usage_counts");

        assertThat(history.loadIfEmpty()).isFalse();

        assertThat(number("select count(*) from request_rollups where demo")).isEqualTo(rollups);
        assertThat(number("select coalesce(sum(count), 0) from usage_counts")).isGreaterThanOrEqualTo(usage)
                .isLessThan(usage + 1000); // other tests count use meanwhile, never a year's worth
        LocalDate today = history.today();
        assertThat(number("select count(*) from report_demo_history where first_day = '" + DemoHistory.firstDay(today)
                + "' and last_day = '" + today.minusDays(1) + "'")).isEqualTo(history.councils().size()).isEqualTo(16);
        assertThat(DemoHistory.firstDay(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void theYearLooksLikeOne() throws SQLException {
        LocalDate first = DemoHistory.firstDay(history.today());
        String firstQuarter = " and day < '" + first.plusMonths(3) + "'";
        String lastQuarter = " and day >= '" + first.plusMonths(10) + "'";
        String online = "select sum(received) filter (where channel in ('web', 'app')) * 100 / sum(received)"
                + " from request_rollups where demo";

        assertThat(number(online + firstQuarter)).isBetween(58L, 66L);
        assertThat(number(online + lastQuarter)).isBetween(70L, 78L);
        assertThat(number(online + " and council = 'worcestershire' and service = 'copy-certificate'")).isBetween(65L, 75L);
        assertThat(number("select count(distinct channel) from request_rollups where demo and received > 0")).isEqualTo(4);
        assertThat(number("select sum(closed_with_target - closed_within_target) * 100 / sum(closed_with_target)"
                + " from request_rollups where demo")).isBetween(8L, 25L);
        assertThat(number("select sum(handed_over) from request_rollups where demo")).isPositive();
        assertThat(number("select sum(duplicates) from request_rollups where demo")).isPositive();
        assertThat(number("select count(*) from request_rollups where demo and council = 'tamworth'"
                + " and origin not in ('', 'tamworth')")).isPositive();
        assertThat(number("select count(*) from (select council, service, date_trunc('month', day), sum(received) as n"
                + " from request_rollups where demo group by 1, 2, 3) cells where n between 1 and 4")).isPositive();
        assertThat(number("select count(distinct working_days) from request_close_days where demo")).isGreaterThan(10);
        assertThat(number("select count(distinct event) from usage_counts where day = '" + first + "'")).isEqualTo(7);
        assertThat(number("select count(distinct device) from usage_counts where day = '" + first + "'")).isEqualTo(3);
        assertThat(number("select count(*) from usage_counts where day = '" + first + "' and event = 'visit'"
                + " and partnership = 'worcestershire' and origin = '' and council = ''")).isPositive();
    }

    private DemoFigures.Council council(String slug) {
        return history.councils().stream().filter(council -> council.slug().equals(slug)).findFirst().orElseThrow();
    }

    private List<DemoFigures.Rollup> loadedRollups(String council) throws SQLException {
        List<DemoFigures.Rollup> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select day, service, channel, origin, received, closed,"
                     + " closed_with_target, closed_within_target, handed_over, duplicates from request_rollups"
                     + " where council = ? and demo order by day, service, channel, origin")) {
            query.setString(1, council);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new DemoFigures.Rollup(row.getDate(1).toLocalDate(), row.getString(2), row.getString(3),
                            row.getString(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9),
                            row.getInt(10)));
                }
            }
        }
        return rows;
    }

    private long number(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
