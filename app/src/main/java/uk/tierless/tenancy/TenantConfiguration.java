package uk.tierless.tenancy;

import java.util.List;
import java.util.Optional;

/** Tenancy's part of the tenants folder, read and validated: the councils and partnerships. */
public record TenantConfiguration(List<TenantDefinition> councils, List<PartnershipDefinition> partnerships) {

    public Optional<PartnershipDefinition> partnershipOf(String councilSlug) {
        return partnerships.stream().filter(p -> p.members().contains(councilSlug)).findFirst();
    }
}
