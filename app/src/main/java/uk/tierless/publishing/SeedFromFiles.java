package uk.tierless.publishing;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.tenancy.TenantRegistry;

/**
 * On start, once catalogue has checked the files: each service a council's services.yaml offers and the database
 * has no version of becomes version 1, published by {@code system}. Services with a version are left alone: after
 * onboarding, the database is the source of truth (docs/administration.md).
 */
@ApplicationScoped
public class SeedFromFiles {

    @Inject
    ServicesFile servicesFile;

    @Inject
    ServicePublisher publisher;

    void onStart(@Observes @Priority(TenantRegistry.STARTUP_PRIORITY + 6) StartupEvent event) {
        servicesFile.definitions().forEach((council, portal) ->
                publisher.seed(council, portal.services(), "tenants/" + council + "/" + ServicesFile.NAME));
    }
}
