package uk.tierless.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hibernate's discriminator tenant: the council in the {@link TenantContext}, or one that matches no rows. */
@PersistenceUnitExtension
@ApplicationScoped
public class CouncilTenantResolver implements TenantResolver {

    @Inject
    TenantContext context;

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return TenantContext.NO_TENANT;
        }
        return context.council().orElse(TenantContext.NO_TENANT);
    }
}
