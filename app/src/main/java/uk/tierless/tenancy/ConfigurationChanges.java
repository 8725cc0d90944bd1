package uk.tierless.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells every instance that a council's configuration changed, from inside the transaction that changes it: a
 * PostgreSQL {@code NOTIFY} on {@link #CHANNEL} with the council's slug, which PostgreSQL delivers to every listening
 * connection only when the transaction commits (and never if it rolls back), and the same news to this instance's
 * caches at once after the commit, without waiting for its own listener.
 */
@ApplicationScoped
public class ConfigurationChanges {

    public static final String CHANNEL = "tierless_configuration";
    /** Imports that committed, by kind: caches of imported data (the postcode cache, the boundaries) drop them. */
    public static final String IMPORTS_CHANNEL = "tierless_imports";

    @Inject
    EntityManager entityManager;

    @Inject
    Event<CouncilConfigurationChanged> changed;

    @Inject
    Event<DataImported> imported;

    @Inject
    DataSource dataSource;

    /** Within a transaction. */
    public void announce(String council) {
        entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', :council)")
                .setParameter("council", council)
                .getSingleResult();
        changed.fire(new CouncilConfigurationChanged(council));
    }

    /** After an import committed, outside any transaction: every instance hears it, this one at once. */
    public void announceImport(String kind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify('" + IMPORTS_CHANNEL + "', ?)")) {
            notify.setString(1, kind);
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not announce the " + kind + " import", e);
        }
        imported.fire(new DataImported(kind));
    }
}
