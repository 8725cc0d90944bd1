package uk.tierless.reports;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;

/**
 * A council's rollups are changed by many moves at once (a shared lock each) or rebuilt alone (the exclusive
 * lock): transaction-level advisory locks, so they end with the transaction whatever happens. Taken through plain
 * JDBC on the transaction's connection: a Hibernate native query costs more CPU in its interpretation cache than
 * the lock itself, on every submission.
 */
final class RollupLock {

    private RollupLock() {
    }

    static void shared(EntityManager entityManager, String council) {
        lock(entityManager, "select pg_advisory_xact_lock_shared(hashtext('request-rollups:' || ?))", council);
    }

    static void exclusive(EntityManager entityManager, String council) {
        lock(entityManager, "select pg_advisory_xact_lock(hashtext('request-rollups:' || ?))", council);
    }

    private static void lock(EntityManager entityManager, String sql, String council) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(sql)) {
                lock.setString(1, council);
                lock.execute();
            }
        });
    }
}
