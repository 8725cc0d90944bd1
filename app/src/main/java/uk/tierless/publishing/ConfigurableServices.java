package uk.tierless.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantRegistry;
import uk.tierless.tenancy.Tier;

import java.util.List;
import java.util.Set;

/** The services a council's administrators configure: those of its tier, and those it runs by agency agreement. */
@ApplicationScoped
public class ConfigurableServices {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    TenantRegistry registry;

    public List<ServiceTypeView> of(CouncilView council) {
        Set<String> byAgreement = registry.servicesRunByAgreement(council.slug());
        return catalogue.all().stream()
                .filter(type -> council.tier() == Tier.UNITARY || type.tier() == council.tier()
                        || byAgreement.contains(type.code()))
                .toList();
    }

    /** The service, if the council configures it; else a 404 that says why. */
    public ServiceTypeView require(CouncilView council, String service) {
        ServiceTypeView type = catalogue.require(service);
        if (of(council).stream().noneMatch(candidate -> candidate.code().equals(service))) {
            throw ApiException.notFound(council.name() + " does not run '" + service + "': it is a "
                    + type.tier().code() + " service, and " + council.shortName() + " is a " + council.tier().code()
                    + " council.");
        }
        return type;
    }
}
