package uk.tierless.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses to start as a PostgreSQL role that bypasses row-level security (a superuser, or BYPASSRLS): tenant
 * isolation would then rest on Hibernate alone.
 */
@ApplicationScoped
public class DatabaseRoleGuard {

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(10) StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery(
                     "select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            role.next();
            if (role.getBoolean("rolsuper") || role.getBoolean("rolbypassrls")) {
                throw new IllegalStateException("Tierless is connected to PostgreSQL as '" + role.getString(1)
                        + "', a role that bypasses row-level security, so councils' data would not be isolated."
                        + " Connect as an ordinary role that owns the Tierless tables (see README.md, Deploying).");
            }
        }
    }
}
