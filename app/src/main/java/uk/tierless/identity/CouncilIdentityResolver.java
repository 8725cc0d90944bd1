package uk.tierless.identity;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Picks the identity provider for a request when a council brings its own (its tenant.yaml names {@code identity}).
 * A bearer token is matched to a provider by its {@code iss}; a staff page by the council chosen at
 * {@code /staff/login?council=<slug>}, remembered in a cookie. Otherwise it answers nothing and Quarkus uses the
 * Tierless realm: the default tenant for bearer tokens, the {@code staff} tenant for the staff pages.
 */
@ApplicationScoped
public class CouncilIdentityResolver implements TenantConfigResolver {

    /** Tenant ids of council providers start with this, so the augmentor knows whose token it is. */
    static final String COUNCIL_TENANT_PREFIX = "council-";
    static final String API_SUFFIX = "-api";
    static final String STAFF_SUFFIX = "-staff";

    private static final Logger LOG = Logger.getLogger(CouncilIdentityResolver.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CouncilProviders providers;

    @Inject
    Config config;

    private final Map<String, OidcTenantConfig> configs = new ConcurrentHashMap<>();

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        Optional<OidcTenantConfig> tenant = isStaffPage(context)
                ? staffCouncil(context).flatMap(this::staffPagesConfig)
                : bearerIssuer(context).flatMap(providers::councilWithIssuer).flatMap(this::apiConfig);
        return Uni.createFrom().item(tenant.orElse(null));
    }

    /** The staff pages, and the service forms, where a signed-in member of staff files for a caller or visitor. */
    static boolean isStaffPage(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals(StaffPaths.HOME) || path.startsWith(StaffPaths.HOME + "/")
                || path.equals(StaffPaths.FORMS) || path.startsWith(StaffPaths.FORMS + "/");
    }

    static Optional<String> staffCouncil(RoutingContext context) {
        Cookie cookie = context.request().getCookie(StaffPaths.COUNCIL_COOKIE);
        return cookie == null ? Optional.empty() : Optional.of(cookie.getValue());
    }

    private Optional<OidcTenantConfig> apiConfig(String council) {
        return providers.of(council).map(provider -> configs.computeIfAbsent(
                COUNCIL_TENANT_PREFIX + council + API_SUFFIX, tenantId -> OidcTenantConfig
                        .authServerUrl(provider.issuer())
                        .tenantId(tenantId)
                        .clientId(provider.clientId())
                        .applicationType(ApplicationType.SERVICE)
                        .roles().roleClaimPath(provider.rolesClaimOrDefault()).end()
                        .build()));
    }

    private Optional<OidcTenantConfig> staffPagesConfig(String council) {
        Optional<CouncilProvider> provider = providers.of(council);
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> secret = config.getOptionalValue(provider.get().secretEnv(), String.class);
        if (secret.isEmpty()) {
            LOG.errorf("Council %s signs its staff in with its own provider, but %s (its client secret) is not set",
                    council, provider.get().secretEnv());
            return Optional.empty();
        }
        return Optional.of(configs.computeIfAbsent(COUNCIL_TENANT_PREFIX + council + STAFF_SUFFIX, tenantId -> OidcTenantConfig
                .authServerUrl(provider.get().issuer())
                .tenantId(tenantId)
                .clientId(provider.get().clientId())
                .credentials().secret(secret.get()).end()
                .applicationType(ApplicationType.WEB_APP)
                .roles().roleClaimPath(provider.get().rolesClaimOrDefault()).end()
                .authentication().cookieSameSite(io.quarkus.oidc.runtime.OidcTenantConfig.Authentication.CookieSameSite.LAX)
                .cookieForceSecure(secureCookies()).forceRedirectHttpsScheme(secureCookies())
                .end()
                .logout().path(StaffPaths.SIGN_OUT_CALLBACK).postLogoutPath(StaffPaths.SIGNED_OUT).end()
                .build()));
    }

    /** Secure cookies mean TLS in front of us: cookies marked Secure and an https redirect URI, as for the realm. */
    private boolean secureCookies() {
        return config.getOptionalValue("tierless.secure-cookies", Boolean.class).orElse(false);
    }

    /** The {@code iss} of a bearer token, read without verifying it: verification is the chosen provider's job. */
    static Optional<String> bearerIssuer(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode issuer = claims.get("iss");
            return issuer != null && issuer.isTextual() ? Optional.of(issuer.asText()) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty(); // not a JWT we can read: the default tenant will refuse it
        }
    }
}
