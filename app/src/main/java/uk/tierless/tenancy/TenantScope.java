package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way into a council's tenant-owned data. It sets the {@link TenantContext}, begins a new transaction
 * (so Hibernate opens a session for this council) and sets {@code app.tenant} for PostgreSQL's row-level security
 * on that transaction's connection, then runs the work. Nested calls for another council restore the outer one.
 */
@ApplicationScoped
@ActivateRequestContext
public class TenantScope {

    @Inject
    TenantContext context;

    @Inject
    EntityManager entityManager;

    public void run(String council, Runnable work) {
        call(council, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String council, Supplier<T> work) {
        if (council == null || council.isBlank()) {
            throw new IllegalArgumentException("A tenant scope needs a council");
        }
        Optional<String> outer = context.council();
        context.set(council);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("select set_config('app.tenant', :council, true)")
                        .setParameter("council", council)
                        .getSingleResult();
                return work.get();
            });
        } finally {
            context.set(outer.orElse(null));
        }
    }
}
