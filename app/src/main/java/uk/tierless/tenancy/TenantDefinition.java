package uk.tierless.tenancy;

import java.time.LocalDate;

/** One council as written in {@code tenants/<slug>/tenant.yaml}. Field names are the file's keys. */
public record TenantDefinition(
        String slug,
        String officialName,
        String shortName,
        String gss,
        Tier tier,
        String parent,
        String website,
        String brandColour,
        String referencePrefix,
        LocalDate validFrom,
        LocalDate validTo,
        String successor) {
}
