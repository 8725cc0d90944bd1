package uk.tierless.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything in the tenants folder, read and validated. */
public record TenantConfiguration(List<TenantDefinition> councils, List<PartnershipDefinition> partnerships,
                                  Map<String, PortalDefinition> portals) {

    public Optional<PartnershipDefinition> partnershipOf(String councilSlug) {
        return partnerships.stream().filter(p -> p.members().contains(councilSlug)).findFirst();
    }
}
