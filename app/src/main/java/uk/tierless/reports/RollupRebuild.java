package uk.tierless.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantRegistry;
import uk.tierless.tenancy.TenantScope;

import java.util.List;

/**
 * Recomputes the request rollups from the requests, council by council, each in its own scope and transaction:
 * the council's rows (not the generated demo history) are replaced by what its requests say. Moves made meanwhile
 * wait for the council's rebuild and then add to it. At start, rollups that were never built (a database older
 * than the rollups) are built once.
 */
@ApplicationScoped
public class RollupRebuild {

    private static final Logger LOG = Logger.getLogger(RollupRebuild.class);

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    RequestHistory history;

    @Inject
    EntityManager entityManager;

    /** What a rebuild left for one council: its rollup totals. */
    public record Rebuilt(String council, long received, long closed, long handedOver) {
    }

    public List<Rebuilt> rebuildAll() {
        return councils.members().stream().map(CouncilView::slug).map(this::rebuild).toList();
    }

    public Rebuilt rebuild(String council) {
        return tenantScope.call(council, () -> {
            RollupLock.exclusive(entityManager, council);
            for (String table : List.of("request_rollups", "request_rollups_monthly", "request_close_days",
                    "request_close_days_monthly")) {
                entityManager.createNativeQuery("delete from " + table + " where council = :council and not demo")
                        .setParameter("council", council).executeUpdate();
            }
            RollupTally tally = new RollupTally();
            history.replay(council, tally);
            tally.addTo(entityManager);
            Object[] totals = (Object[]) entityManager.createNativeQuery("select coalesce(sum(received), 0),"
                            + " coalesce(sum(closed), 0), coalesce(sum(handed_over), 0) from request_rollups"
                            + " where council = :council and not demo")
                    .setParameter("council", council).getSingleResult();
            return new Rebuilt(council, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                    ((Number) totals[2]).longValue());
        });
    }

    /** After the councils are in place (tenancy) and before anyone reads a report. */
    void onStart(@Observes @Priority(TenantRegistry.STARTUP_PRIORITY + 5) StartupEvent event) {
        if (neverBuilt()) {
            List<Rebuilt> rebuilt = rebuildAll();
            LOG.infof("Built the board's request rollups for %d councils from their requests", rebuilt.size());
        }
    }

    /**
     * Requests exist but no live rollup row does: the rollups came after the requests. One query answers for a
     * database that has rollups; only one without any asks each council (in its own scope) whether it has requests.
     */
    private boolean neverBuilt() {
        boolean built = QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager
                .createNativeQuery("select exists (select 1 from request_rollups where not demo)").getSingleResult());
        return !built && councils.members().stream().anyMatch(council -> tenantScope.call(council.slug(), () ->
                (Boolean) entityManager.createNativeQuery("select exists (select 1 from service_requests)")
                        .getSingleResult()));
    }
}
