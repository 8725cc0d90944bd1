package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a demo data folder (real data), no history is made up: the board shows only what happened. */
@QuarkusTest
@TestProfile(DemoHistoryWithoutDemoDataTest.RealData.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DemoHistoryWithoutDemoDataTest {

    public static class RealData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tierless.demo-data-dir", "");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void nothingIsGeneratedWithoutTheDemoData() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select (select count(*) from report_demo_history),"
                     + " (select count(*) from request_rollups where demo), (select count(*) from request_close_days where demo),"
                     + " (select count(*) from usage_counts where day < current_date),"
                     + " (select count(*) from councils where member)")) {
            row.next();
            assertThat(row.getLong(1)).isZero();
            assertThat(row.getLong(2)).isZero();
            assertThat(row.getLong(3)).isZero();
            assertThat(row.getLong(4)).isZero();
            assertThat(row.getLong(5)).as("the councils are there: only the history is missing").isEqualTo(16);
        }
    }
}
