package uk.tierless.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once Liquibase has migrated the schema (it runs before start-up events) and the councils are in place.
 * The datasource's own check, added by Quarkus, says whether the database still answers.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    TenantRegistry registry;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema-and-councils").status(registry.isApplied()).build();
    }
}
