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
        String privacyNotice,
        String brandColour,
        String referencePrefix,
        LocalDate validFrom,
        LocalDate validTo,
        String successor,
        IdentityProvider identity) {

    /**
     * A council's own identity provider for its staff (Entra ID, another Keycloak): tokens from {@code issuer} belong
     * to this council and no other. The client secret is read from the environment variable {@code secretEnv}; roles
     * come from the claim {@code rolesClaim} (a path such as {@code roles} or {@code realm_access/roles}).
     */
    public record IdentityProvider(String issuer, String clientId, String secretEnv, String rolesClaim) {

        public static final String DEFAULT_ROLES_CLAIM = "roles";

        public String rolesClaimOrDefault() {
            return rolesClaim == null || rolesClaim.isBlank() ? DEFAULT_ROLES_CLAIM : rolesClaim;
        }
    }
}
