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
        IdentityProvider identity,
        Notify govukNotify) {

    /**
     * The council sends its messages to residents through GOV.UK Notify rather than email: the API key is read from
     * the environment variable {@code apiKeyEnv}; {@code templates} (email) and {@code smsTemplates} (text messages)
     * map each kind of message (acknowledgement, update, transfer) to a Notify template id.
     */
    public record Notify(String apiKeyEnv, java.util.Map<String, String> templates, java.util.Map<String, String> smsTemplates) {

        public java.util.Optional<String> template(String kind, boolean sms) {
            java.util.Map<String, String> ids = sms ? smsTemplates : templates;
            return java.util.Optional.ofNullable(ids == null ? null : ids.get(kind));
        }
    }

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
