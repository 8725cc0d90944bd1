package uk.tierless.reports;

import jakarta.persistence.EntityManager;

/**
 * A council's rollups are changed by many moves at once (a shared lock each) or rebuilt alone (the exclusive
 * lock): transaction-level advisory locks, so they end with the transaction whatever happens.
 */
final class RollupLock {

    private RollupLock() {
    }

    static void shared(EntityManager entityManager, String council) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock_shared(hashtext('request-rollups:' || :council)) as text)")
                .setParameter("council", council).getSingleResult();
    }

    static void exclusive(EntityManager entityManager, String council) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('request-rollups:' || :council)) as text)")
                .setParameter("council", council).getSingleResult();
    }
}
