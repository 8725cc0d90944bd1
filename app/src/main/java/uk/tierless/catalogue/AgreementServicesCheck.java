package uk.tierless.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.PartnershipDefinition;
import uk.tierless.tenancy.TenantConfiguration;
import uk.tierless.tenancy.TenantConfigurationCheck;
import uk.tierless.tenancy.TenantFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An agreement's service must be in the catalogue, which lives in the database: checked here, not in the files. */
@ApplicationScoped
public class AgreementServicesCheck implements TenantConfigurationCheck {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    TierlessConfig config;

    @Override
    public List<String> problemsIn(TenantConfiguration configuration) {
        Set<String> codes = catalogue.codes();
        List<String> problems = new ArrayList<>();
        for (PartnershipDefinition partnership : configuration.partnerships()) {
            for (int i = 0; i < partnership.agreements().size(); i++) {
                String service = partnership.agreements().get(i).service();
                if (!codes.contains(service)) {
                    problems.add(config.tenantsDir().getFileName() + "/" + TenantFiles.PARTNERSHIPS_FOLDER + "/"
                            + partnership.slug() + ".yaml: field 'agreements[" + i + "].service': '" + service
                            + "' is not a service code (see /api/v1/service-types)");
                }
            }
        }
        return problems;
    }
}
