package uk.tierless.reports;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The board pages' tests' own figures, in the second quarter of 2017 (which no other test uses): Tamworth received
 * 20 requests online (10 closed, 8 of them within target), 3 by phone and 2 face to face, and Lichfield 7 online
 * through Tamworth's profile; a year before Tamworth received 16; the front door had 100 visits and 250 page views.
 */
final class BoardPagesFixture {

    static final String PERIOD = "2017-Q2";
    private static final String DAYS = "day in ('2016-05-10', '2017-05-10', '2017-05-11', '2017-06-03')";
    /** The monthly rows of the fixture's months, summed again from the daily rows written straight to the tables. */
    private static final String MONTHS = "select report_months_recompute('2016-01-01', '2017-12-01')";

    private BoardPagesFixture() {
    }

    static void load(DataSource dataSource) throws SQLException {
        clear(dataSource);
        sql(dataSource, "insert into request_rollups (council, day, service, channel, origin, demo, received, closed,"
                + " closed_with_target, closed_within_target) values"
                + " ('tamworth', '2017-05-10', 'missed-bin', 'web', '', false, 20, 10, 10, 8),"
                + " ('tamworth', '2017-05-10', 'missed-bin', 'phone', '', false, 3, 0, 0, 0),"
                + " ('tamworth', '2017-05-11', 'missed-bin', 'face_to_face', '', false, 2, 0, 0, 0),"
                + " ('lichfield', '2017-06-03', 'fly-tipping', 'web', 'tamworth', false, 7, 0, 0, 0),"
                + " ('tamworth', '2016-05-10', 'missed-bin', 'web', '', false, 16, 0, 0, 0)");
        sql(dataSource, "insert into usage_counts (day, event, partnership, origin, council, service, channel, device,"
                + " count) values ('2017-05-10', 'visit', 'staffordshire-connects', '', '', '', 'web', 'phone', 100),"
                + " ('2017-05-10', 'page-view', 'staffordshire-connects', '', '', '', 'web', 'phone', 250)");
        sql(dataSource, MONTHS);
    }

    /** The fixture's rows only, and the demo history and the boards' cost models the tests made. */
    static void clear(DataSource dataSource) throws SQLException {
        sql(dataSource, "delete from request_rollups where council in ('tamworth', 'lichfield') and " + DAYS);
        sql(dataSource, "delete from usage_counts where partnership = 'staffordshire-connects' and " + DAYS);
        sql(dataSource, MONTHS);
        DemoDaysFixture.restore(dataSource, "south-staffordshire");
        sql(dataSource, "delete from report_cost_models where partnership in ('staffordshire-connects', 'worcestershire')");
    }

    static void sql(DataSource dataSource, String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
