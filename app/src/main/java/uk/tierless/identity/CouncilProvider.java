package uk.tierless.identity;

/**
 * A council's own identity provider for its staff (Entra ID, another Keycloak), the {@code identity} key of its
 * tenant.yaml: tokens from {@code issuer} belong to this council and no other. The client secret is read from the
 * environment variable {@code secretEnv}; roles come from the claim {@code rolesClaim} (a path such as {@code roles}
 * or {@code realm_access/roles}).
 */
public record CouncilProvider(String issuer, String clientId, String secretEnv, String rolesClaim) {

    public static final String DEFAULT_ROLES_CLAIM = "roles";

    public String rolesClaimOrDefault() {
        return rolesClaim == null || rolesClaim.isBlank() ? DEFAULT_ROLES_CLAIM : rolesClaim;
    }
}
