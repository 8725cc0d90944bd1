package uk.tierless.reports;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hand-made figures for the Worcestershire partnership in February and March 2019 (and the periods they are
 * compared with), which no other test uses: the tests compute every figure from these rows by hand.
 */
final class ReportFixture {

    /** February and March 2019: whole months. */
    static final ReportPeriod PERIOD = ReportPeriod.parse("2019-02-01", "2019-03-31");

    private static final String ROLLUPS = "insert into request_rollups (council, day, service, channel, origin, demo,"
            + " received, closed, closed_with_target, closed_within_target, handed_over, duplicates) values"
            // received, closed, with target, within target, handed over, duplicates
            + " ('redditch', '2019-02-05', 'fly-tipping', 'web', 'redditch', false, 10, 6, 6, 4, 0, 1),"
            + " ('redditch', '2019-02-20', 'fly-tipping', 'phone', '', false, 3, 2, 2, 2, 0, 0),"
            + " ('redditch', '2019-03-10', 'missed-bin', 'face_to_face', '', false, 2, 1, 0, 0, 1, 0),"
            // made through Redditch's profile, for Bromsgrove
            + " ('bromsgrove', '2019-03-15', 'fly-tipping', 'app', 'redditch', false, 7, 5, 5, 5, 0, 0),"
            + " ('worcester', '2019-03-01', 'missed-bin', 'web', 'worcester', false, 20, 18, 18, 9, 2, 3),"
            // the period before, the year before, and after the period
            + " ('worcester', '2019-01-15', 'missed-bin', 'web', '', false, 8, 4, 0, 0, 0, 0),"
            + " ('worcester', '2018-03-15', 'missed-bin', 'phone', '', false, 6, 0, 0, 0, 0, 0),"
            + " ('redditch', '2019-04-01', 'fly-tipping', 'web', '', false, 100, 100, 100, 100, 0, 0)";

    private static final String CLOSE_DAYS = "insert into request_close_days (council, day, service, demo,"
            + " working_days, closes) values"
            + " ('redditch', '2019-02-06', 'fly-tipping', false, 1, 3),"
            + " ('redditch', '2019-02-06', 'fly-tipping', false, 4, 2),"
            + " ('redditch', '2019-02-06', 'fly-tipping', false, 12, 1),"
            + " ('redditch', '2019-02-21', 'fly-tipping', false, 2, 2),"
            + " ('redditch', '2019-03-11', 'missed-bin', false, 15, 1),"
            + " ('bromsgrove', '2019-03-16', 'fly-tipping', false, 3, 5),"
            + " ('worcester', '2019-03-02', 'missed-bin', false, 2, 10),"
            + " ('worcester', '2019-03-02', 'missed-bin', false, 6, 8),"
            + " ('redditch', '2019-04-02', 'fly-tipping', false, 1, 100)";

    private static final String USE = "insert into usage_counts (day, event, partnership, origin, council, service,"
            + " channel, device, count) values"
            + " ('2019-02-10', 'visit', 'worcestershire', 'redditch', '', '', 'web', 'phone', 100),"
            + " ('2019-02-10', 'page-view', 'worcestershire', 'redditch', '', '', 'web', 'phone', 400),"
            + " ('2019-03-05', 'visit', 'worcestershire', '', '', '', 'web', 'desktop', 50),"
            + " ('2019-03-05', 'page-view', 'worcestershire', '', '', '', 'web', 'desktop', 150),"
            + " ('2019-03-05', 'postcode-search', 'worcestershire', '', '', '', 'web', 'desktop', 30),"
            // through Worcester's profile, but on no partnership's front door
            + " ('2019-02-10', 'visit', '', 'worcester', '', '', 'web', 'tablet', 3),"
            + " ('2019-02-11', 'tile-opened', 'worcestershire', 'redditch', 'bromsgrove', 'fly-tipping', 'web', 'phone', 40),"
            + " ('2019-02-11', 'form-started', 'worcestershire', 'redditch', 'bromsgrove', 'fly-tipping', 'web', 'phone', 12),"
            + " ('2019-02-11', 'form-submitted', 'worcestershire', 'redditch', 'bromsgrove', 'fly-tipping', 'web', 'phone', 9),"
            + " ('2019-03-06', 'form-started', '', '', 'worcester', 'missed-bin', 'api', 'desktop', 4),"
            + " ('2019-03-06', 'form-submitted', '', '', 'worcester', 'missed-bin', 'api', 'desktop', 3),"
            // another partnership's front door
            + " ('2019-02-10', 'visit', 'staffordshire-connects', 'tamworth', '', '', 'web', 'phone', 1000)";

    /** The monthly rows of the fixture's months, summed again from the daily rows written straight to the tables. */
    private static final String MONTHS = "select report_months_recompute('2018-01-01', '2019-12-01')";

    private ReportFixture() {
    }

    static void insert(DataSource dataSource) throws SQLException {
        delete(dataSource);
        run(dataSource, ROLLUPS, CLOSE_DAYS, USE, MONTHS);
        DemoDaysFixture.set(dataSource, "wyre-forest", "2019-03-10", "2020-03-01");
    }

    /** Only the fixture's own rows: its councils on its days (not demo history), and its usage days. */
    static void delete(DataSource dataSource) throws SQLException {
        String councils = "council in ('redditch', 'bromsgrove', 'worcester') and not demo";
        run(dataSource, "delete from request_rollups where " + councils + " and day in ('2019-02-05', '2019-02-20',"
                        + " '2019-03-10', '2019-03-15', '2019-03-01', '2019-01-15', '2018-03-15', '2019-04-01')",
                "delete from request_close_days where " + councils + " and day in ('2019-02-06', '2019-02-21',"
                        + " '2019-03-11', '2019-03-16', '2019-03-02', '2019-04-02')",
                "delete from usage_counts where day in ('2019-02-10', '2019-02-11', '2019-03-05', '2019-03-06')"
                        + " and partnership in ('worcestershire', 'staffordshire-connects', '')"
                        + " and (origin in ('redditch', 'worcester', 'tamworth') or council in ('bromsgrove', 'worcester')"
                        + " or (origin = '' and council = ''))", MONTHS);
        DemoDaysFixture.restore(dataSource, "wyre-forest");
    }

    private static void run(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
