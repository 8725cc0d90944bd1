package uk.tierless.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantConfigurationException;
import uk.tierless.tenancy.TenantRegistry;
import uk.tierless.tenancy.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * On start, after the councils: checks each council's services.yaml against the catalogue (a known service of the
 * council's own tier) and creates the welcome the database lacks. The offers themselves are seeded by publishing,
 * as first versions, for services that have none: after onboarding, administrators change them in Tierless.
 */
@ApplicationScoped
public class CouncilServicesLoader {

    @Inject
    ServicesFile servicesFile;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    CouncilDirectory councils;

    void onStart(@Observes @Priority(TenantRegistry.STARTUP_PRIORITY + 5) StartupEvent event) {
        Map<String, PortalDefinition> portals = servicesFile.definitions();
        check(portals);
        QuarkusTransaction.requiringNew().run(() -> portals.forEach(this::createMissing));
    }

    private void check(Map<String, PortalDefinition> portals) {
        List<String> problems = new ArrayList<>();
        portals.forEach((slug, portal) -> {
            CouncilView council = councils.require(slug);
            for (int i = 0; i < portal.services().size(); i++) {
                String code = portal.services().get(i).service();
                String where = "tenants/" + slug + "/services.yaml: field 'services[" + i + "].service': ";
                var service = catalogue.find(code);
                if (service.isEmpty()) {
                    problems.add(where + "'" + code + "' is not a service code (see /api/v1/service-types)");
                } else if (council.tier() != Tier.UNITARY && service.get().tier() != council.tier()) {
                    problems.add(where + "'" + code + "' is a " + service.get().tier().code() + " service and "
                            + council.shortName() + " is a " + council.tier().code() + " council");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new TenantConfigurationException(problems);
        }
    }

    private void createMissing(String slug, PortalDefinition portal) {
        if (CouncilPortal.findById(slug) == null) {
            CouncilPortal entrance = new CouncilPortal();
            entrance.councilSlug = slug;
            entrance.welcome = portal.welcome().trim();
            entrance.persist();
        }
    }
}
