package uk.tierless.tenancy;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * Each instance listens on {@link ConfigurationChanges#CHANNEL} (and {@link ConfigurationChanges#IMPORTS_CHANNEL}) with a connection of its own, on a thread of its own,
 * and passes each notification on as a {@link CouncilConfigurationChanged}: so a change made on one instance reaches
 * the caches of all. If the connection drops, it connects again, with a growing pause, and then reloads every
 * council's configuration, because notifications sent while nobody listened are lost. The connection is opened with
 * the datasource's own URL and credentials but outside its pool: it is held for good, and one that died must not go
 * back to the pool to be handed to a request.
 */
@ApplicationScoped
public class ConfigurationListener {

    /** The listener's connection as PostgreSQL shows it (pg_stat_activity.application_name). */
    public static final String APPLICATION_NAME = "tierless-configuration-listener";

    private static final Logger LOG = Logger.getLogger(ConfigurationListener.class);
    /** How long to wait for notifications before checking that the connection still answers. */
    private static final int WAIT_MILLIS = 10_000;
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long LAST_RETRY_MILLIS = 30_000;

    // Quarkus' own datasource settings, as the pool uses them (TierlessMain sets them for the embedded database).
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    Event<CouncilConfigurationChanged> changed;

    @Inject
    Event<DataImported> imported;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, APPLICATION_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether the listener is connected and listening now. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        long retry = FIRST_RETRY_MILLIS;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + ConfigurationChanges.CHANNEL);
                    statement.execute("listen " + ConfigurationChanges.IMPORTS_CHANNEL);
                }
                listening = true;
                retry = FIRST_RETRY_MILLIS;
                // Whatever changed before this connection listened (at start, or while it was down) was not heard.
                changed.fire(CouncilConfigurationChanged.anyCouncil());
                imported.fire(new DataImported(null));
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                LOG.warnf("The configuration listener lost its database connection (%s); connecting again in %d ms",
                        e.getClass().getSimpleName(), retry);
                if (!pause(retry)) {
                    return;
                }
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications == null || notifications.length == 0) {
                // A quiet connection may be a dead one: ask it, so that a lost connection is noticed and replaced.
                if (running && !connection.isValid(5)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                if (ConfigurationChanges.CHANNEL.equals(notification.getName())) {
                    changed.fire(new CouncilConfigurationChanged(notification.getParameter()));
                } else if (ConfigurationChanges.IMPORTS_CHANNEL.equals(notification.getName())) {
                    imported.fire(new DataImported(notification.getParameter()));
                }
            }
        }
        listening = false;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return DriverManager.getConnection(url, properties);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
