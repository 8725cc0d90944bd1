package uk.tierless.reports;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a council demo days of a test's own and puts back the days of its generated demo history afterwards: the
 * tests load the demo year (DemoHistory), and a council has one row of demo days.
 */
final class DemoDaysFixture {

    /** The generated days replaced, by council, as SQL literals. */
    private static final Map<String, String> GENERATED = new HashMap<>();

    private DemoDaysFixture() {
    }

    /** The council's demo days become {@code first} to {@code last} (ISO dates) until {@link #restore}. */
    static synchronized void set(DataSource dataSource, String council, String first, String last) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!GENERATED.containsKey(council)) {
                try (PreparedStatement query = connection.prepareStatement("select quote_literal(first_day) || ', '"
                        + " || quote_literal(last_day) from report_demo_history where council = ?")) {
                    query.setString(1, council);
                    try (ResultSet row = query.executeQuery()) {
                        GENERATED.put(council, row.next() ? row.getString(1) : null);
                    }
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("insert into report_demo_history (council,"
                    + " first_day, last_day, loaded_at) values (?, ?::date, ?::date, now()) on conflict (council)"
                    + " do update set first_day = excluded.first_day, last_day = excluded.last_day")) {
                upsert.setString(1, council);
                upsert.setString(2, first);
                upsert.setString(3, last);
                upsert.executeUpdate();
            }
        }
    }

    /** The council's generated demo days again, or none if it had none. */
    static synchronized void restore(DataSource dataSource, String council) throws SQLException {
        if (!GENERATED.containsKey(council)) {
            return;
        }
        String days = GENERATED.remove(council);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from report_demo_history where council = '" + council + "'");
            if (days != null) {
                statement.executeUpdate("insert into report_demo_history (council, first_day, last_day, loaded_at)"
                        + " values ('" + council + "', " + days + ", now())");
            }
        }
    }
}
