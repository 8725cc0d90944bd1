package uk.tierless.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Tells every instance that a council's configuration changed, from inside the transaction that changes it: a
 * PostgreSQL {@code NOTIFY} on {@link #CHANNEL} with the council's slug, which PostgreSQL delivers to every listening
 * connection only when the transaction commits (and never if it rolls back), and the same news to this instance's
 * caches at once after the commit, without waiting for its own listener.
 */
@ApplicationScoped
public class ConfigurationChanges {

    public static final String CHANNEL = "tierless_configuration";

    @Inject
    EntityManager entityManager;

    @Inject
    Event<CouncilConfigurationChanged> changed;

    /** Within a transaction. */
    public void announce(String council) {
        entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', :council)")
                .setParameter("council", council)
                .getSingleResult();
        changed.fire(new CouncilConfigurationChanged(council));
    }
}
