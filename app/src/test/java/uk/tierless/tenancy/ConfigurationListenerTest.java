package uk.tierless.tenancy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The council directory hears of changes made by another instance: a NOTIFY from another connection (as another
 * instance's transaction sends on commit) makes it reload, and so does the listener connecting again after its
 * connection was cut, for whatever it missed meanwhile. The rows are changed behind the directory's back, with
 * plain SQL on a connection of the test's own, as another instance would.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConfigurationListenerTest {

    private static final String COUNCIL = "wyre-forest";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurationListener listener;

    @Inject
    DataSource dataSource;

    private String original;

    @BeforeEach
    void listening() {
        await().pollInSameThread().atMost(PATIENCE).until(listener::listening);
        original = councils.brandColour(COUNCIL).orElseThrow();
    }

    @AfterEach
    void putBack() throws SQLException {
        setColour(original);
        notifyChange(COUNCIL);
        await().pollInSameThread().atMost(PATIENCE).until(() -> councils.brandColour(COUNCIL).orElseThrow().equals(original));
    }

    @Test
    void aNotifyFromAnotherConnectionMakesTheDirectoryReload() throws SQLException {
        setColour("#123456");
        // Read from memory: without news of the change the directory still has the old colour.
        assertThat(councils.brandColour(COUNCIL)).contains(original);

        notifyChange(COUNCIL);

        await().pollInSameThread().atMost(PATIENCE).until(() -> councils.brandColour(COUNCIL).orElseThrow().equals("#123456"));
    }

    @Test
    void aListenerWhoseConnectionIsCutConnectsAgainAndReloadsEverything() throws SQLException {
        setColour("#0b0c0c");
        assertThat(councils.brandColour(COUNCIL)).contains(original);

        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")) {
            statement.setString(1, ConfigurationListener.APPLICATION_NAME);
            statement.executeQuery();
        }

        await().pollInSameThread().atMost(PATIENCE).until(() -> councils.brandColour(COUNCIL).orElseThrow().equals("#0b0c0c"));
        await().pollInSameThread().atMost(PATIENCE).until(listener::listening);
    }

    private void setColour(String colour) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("update councils set brand_colour = ? where slug = ?")) {
            statement.setString(1, colour);
            statement.setString(2, COUNCIL);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private void notifyChange(String council) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, ConfigurationChanges.CHANNEL);
            statement.setString(2, council);
            statement.executeQuery();
        }
    }
}
