package uk.tierless.identity;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a verified token into a {@link Staff}: roles narrowed to Tierless's own, the council taken from the
 * {@code council} claim of a Tierless realm token, or, for a council's own provider, from the provider itself
 * whatever the token's claims say. Records the person in the council's staff table.
 */
@ApplicationScoped
public class StaffIdentityAugmentor implements SecurityIdentityAugmentor {

    static final String TENANT_ID_ATTRIBUTE = "tenant-id";

    @Inject
    StaffDirectory directory;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Staff staff = staffOf(token, identity);
        // Only Tierless's roles, so that a provider's other roles can never satisfy a check.
        SecurityIdentity narrowed = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(Staff.IDENTITY_ATTRIBUTE, staff)
                .addRoles(staff.roles())
                .addPermissionChecker(identity::checkPermission)
                .build();
        if (staff.council() == null) {
            return Uni.createFrom().item(narrowed);
        }
        return context.runBlocking(() -> {
            directory.recordSignIn(staff);
            return narrowed;
        });
    }

    static Staff staffOf(JsonWebToken token, SecurityIdentity identity) {
        String username = Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(token.getName());
        String displayName = Optional.ofNullable(token.<String>getClaim("name")).filter(name -> !name.isBlank())
                .orElse(username);
        Optional<String> ownProviderCouncil = councilOfOwnProvider(identity.getAttribute(TENANT_ID_ATTRIBUTE));
        if (ownProviderCouncil.isPresent()) {
            Set<String> roles = narrow(identity.getRoles(), StaffRole.COUNCIL_SCOPED);
            return new Staff(username, displayName, ownProviderCouncil.get(), null, roles);
        }
        Set<String> roles = narrow(identity.getRoles(), StaffRole.ALL);
        return new Staff(username, displayName, stringClaim(token, "council"), stringClaim(token, "partnership"), roles);
    }

    /** {@code council-<slug>-api} or {@code council-<slug>-staff}: the council whose own provider verified the token. */
    static Optional<String> councilOfOwnProvider(Object tenantId) {
        if (!(tenantId instanceof String id) || !id.startsWith(CouncilIdentityResolver.COUNCIL_TENANT_PREFIX)) {
            return Optional.empty();
        }
        String rest = id.substring(CouncilIdentityResolver.COUNCIL_TENANT_PREFIX.length());
        for (String suffix : new String[] {CouncilIdentityResolver.API_SUFFIX, CouncilIdentityResolver.STAFF_SUFFIX}) {
            if (rest.endsWith(suffix)) {
                return Optional.of(rest.substring(0, rest.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    private static Set<String> narrow(Set<String> roles, Set<String> allowed) {
        return roles.stream().filter(allowed::contains).collect(Collectors.toUnmodifiableSet());
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
