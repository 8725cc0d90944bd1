package uk.tierless.tenancy;

import java.time.LocalDate;

/**
 * One council as written in {@code tenants/<slug>/tenant.yaml}: tenancy's own fields, named as the file's keys. The
 * file's other keys are features' sections ({@link CouncilFileSection}).
 */
public record TenantDefinition(
        String slug,
        String officialName,
        String shortName,
        String gss,
        Tier tier,
        String parent,
        String website,
        String privacyNotice,
        String brandColour,
        String referencePrefix,
        LocalDate validFrom,
        LocalDate validTo,
        String successor) {
}
