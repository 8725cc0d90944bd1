package uk.tierless.catalogue;

import uk.tierless.tenancy.Tier;

/** A service type in the API: {@code tier} is the tier that runs it unless an agreement says otherwise. */
public record ServiceTypeView(String code, String name, String group, Tier tier) {

    static ServiceTypeView of(ServiceType type) {
        return new ServiceTypeView(type.code, type.name, type.groupCode, type.defaultTier);
    }
}
