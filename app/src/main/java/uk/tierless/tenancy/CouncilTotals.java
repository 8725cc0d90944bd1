package uk.tierless.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Counts over every member council, each council's read in its own tenant scope (row-level security holds) and
 * added up: figures for the whole instance, such as a metric, that name no council and no one in one.
 */
@ApplicationScoped
public class CouncilTotals {

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    /**
     * The sums, column by column, of a native query that answers one row of counts for the council named by its
     * parameter {@code :council}.
     */
    public long[] sum(String countsOfCouncil) {
        long[] totals = null;
        for (CouncilView council : councils.members()) {
            List<?> columns = tenantScope.call(council.slug(), () -> row(entityManager.createNativeQuery(countsOfCouncil)
                    .setParameter("council", council.slug()).getSingleResult()));
            if (totals == null) {
                totals = new long[columns.size()];
            }
            for (int i = 0; i < totals.length; i++) {
                totals[i] += ((Number) columns.get(i)).longValue();
            }
        }
        return totals == null ? new long[0] : totals;
    }

    private static List<?> row(Object result) {
        return result instanceof Object[] columns ? List.of(columns) : List.of(result);
    }
}
