package uk.tierless.identity;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import uk.tierless.tenancy.TestTenants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Quarkus' test OIDC server (WireMock, no Docker) standing in for two providers: the Tierless realm (issuer
 * {@link TestTokens#REALM_ISSUER}) and Wychavon's own provider, which the tests' copy of the tenants folder names
 * in Wychavon's tenant.yaml. Its token endpoint answers the authorization code flow with a Tamworth caseworker, or
 * with one of {@link #CODE_FLOW_USERS} when the code is that user's name (see {@link StaffSignIn}).
 */
public class OidcTestServer extends OidcWiremockTestResource {

    public static final String OWN_PROVIDER_COUNCIL = "wychavon";
    public static final String OWN_PROVIDER_CLIENT = "wychavon-tierless";
    public static final String NOTIFY_COUNCIL = "worcester";
    public static final String NOTIFY_EMAIL_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    public static final String NOTIFY_UPDATE_TEMPLATE = "9f6a0f3e-6c1a-4f7e-8a43-3b7d2c1e5b90";
    public static final String NOTIFY_SMS_TEMPLATE = "4f0b0c6e-8d2a-4b9e-9c57-0e5f4a1d2c3b";

    /** Who the browser can sign in as: username, council, role. */
    public static final List<List<String>> CODE_FLOW_USERS = List.of(
            List.of("tamworth.caseworker", "tamworth", StaffRole.CASEWORKER),
            List.of("tamworth.officer", "tamworth", StaffRole.CASEWORKER),
            List.of("tamworth.admin", "tamworth", StaffRole.TENANT_ADMIN),
            List.of("malvern-hills.admin", "malvern-hills", StaffRole.TENANT_ADMIN),
            List.of("malvern-hills.webteam", "malvern-hills", StaffRole.TENANT_ADMIN),
            List.of("malvern-hills.finance", "malvern-hills", StaffRole.FINANCE),
            List.of("staffordshire-moorlands.admin", "staffordshire-moorlands", StaffRole.TENANT_ADMIN),
            List.of("stafford.admin", "stafford", StaffRole.TENANT_ADMIN),
            List.of("lichfield.caseworker", "lichfield", StaffRole.CASEWORKER),
            List.of("staffordshire.caseworker", "staffordshire", StaffRole.CASEWORKER),
            List.of("staffordshire.admin", "staffordshire", StaffRole.TENANT_ADMIN),
            List.of("worcestershire.caseworker", "worcestershire", StaffRole.CASEWORKER),
            List.of("worcestershire.admin", "worcestershire", StaffRole.TENANT_ADMIN));

    /** Who else the browser can sign in as, with no council: username, partnership (or null), role. */
    public static final List<List<String>> CODE_FLOW_BOARD_AND_PLATFORM = List.of(
            List.of("staffordshire-connects.board", "staffordshire-connects", StaffRole.BOARD),
            List.of("worcestershire.board", "worcestershire", StaffRole.BOARD),
            java.util.Arrays.asList("platform.admin", null, StaffRole.PLATFORM_ADMIN));

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String keycloakUrl = config.get("keycloak.url");
        URI base = URI.create(keycloakUrl);
        WireMock wireMock = new WireMock(base.getHost(), base.getPort());
        String ownIssuer = keycloakUrl + "/realms/" + OWN_PROVIDER_COUNCIL;
        wireMock.register(get(urlEqualTo("/auth/realms/" + OWN_PROVIDER_COUNCIL + "/.well-known/openid-configuration"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer": "%1$s",
                         "jwks_uri": "%2$s/realms/quarkus/protocol/openid-connect/certs",
                         "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                         "token_endpoint": "%1$s/protocol/openid-connect/token",
                         "end_session_endpoint": "%1$s/protocol/openid-connect/logout"}
                        """.formatted(ownIssuer, keycloakUrl))));
        wireMock.register(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("authorization_code"))
                .atPriority(5)
                .willReturn(tokens(codeFlowToken("tamworth.caseworker", "tamworth", null, StaffRole.CASEWORKER))));
        for (List<String> user : CODE_FLOW_USERS) {
            signsInWithCode(wireMock, user.get(0), codeFlowToken(user.get(0), user.get(1), null, user.get(2)));
        }
        for (List<String> user : CODE_FLOW_BOARD_AND_PLATFORM) {
            signsInWithCode(wireMock, user.get(0), codeFlowToken(user.get(0), null, user.get(1), user.get(2)));
        }

        config.put("tierless.tenants-dir", tenantsWithOwnProvider(ownIssuer).toString());
        config.put("WYCHAVON_OIDC_SECRET", "wychavon-test-secret");
        config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/quarkus");
        config.put("quarkus.oidc.staff.credentials.secret", "test-secret");
        config.put("tierless.identity.enabled", "true");
        return config;
    }

    private static void signsInWithCode(WireMock wireMock, String username, String token) {
        wireMock.register(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "(.*&)?code=" + java.util.regex.Pattern.quote(username) + "(&.*)?"))
                .atPriority(1)
                .willReturn(tokens(token)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokens(String token) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"access_token": "%1$s", "id_token": "%1$s", "refresh_token": "not-used", "expires_in": 300}
                """.formatted(token));
    }

    /** The ID token of a member of staff signing in through the browser: council staff or a board member. */
    private static String codeFlowToken(String username, String council, String partnership, String role) {
        String name = java.util.Arrays.stream(username.split("\\."))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
        // Made once when the server starts: valid for longer than the slowest run of the tests that share it.
        io.smallrye.jwt.build.JwtClaimsBuilder claims = Jwt.issuer(TestTokens.REALM_ISSUER)
                .expiresIn(java.time.Duration.ofHours(6))
                .audience("tierless-web")
                .subject(username + "-id")
                .preferredUserName(username)
                .claim("name", name)
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (council != null) {
            claims.claim("council", council);
        }
        if (partnership != null) {
            claims.claim("partnership", partnership);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /**
     * A copy of the tests' tenants folder ({@link TestTenants#FIXTURE}) in which Wychavon brings its own identity
     * provider and Worcester sends its messages through GOV.UK Notify (a stand-in for it in {@code NotifyTest}) and takes
     * payments through GOV.UK Pay (a stand-in in {@code GovUkPayTest}).
     */
    private static Path tenantsWithOwnProvider(String issuer) {
        try {
            Path source = TestTenants.FIXTURE;
            Path copy = Files.createTempDirectory("tierless-test-tenants");
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path target = copy.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            }
            Files.writeString(copy.resolve(OWN_PROVIDER_COUNCIL).resolve("tenant.yaml"), """
                    identity:
                      issuer: %s
                      clientId: %s
                      secretEnv: WYCHAVON_OIDC_SECRET
                      rolesClaim: roles
                    """.formatted(issuer, OWN_PROVIDER_CLIENT), StandardOpenOption.APPEND);
            Files.writeString(copy.resolve(NOTIFY_COUNCIL).resolve("tenant.yaml"), """
                    govukNotify:
                      apiKeyEnv: WORCESTER_NOTIFY_API_KEY
                      templates:
                        acknowledgement: %1$s
                        update: %2$s
                        transfer: %2$s
                      smsTemplates:
                        acknowledgement: %3$s
                    govukPay:
                      apiKeyEnv: WORCESTER_PAY_API_KEY
                    """.formatted(NOTIFY_EMAIL_TEMPLATE, NOTIFY_UPDATE_TEMPLATE, NOTIFY_SMS_TEMPLATE), StandardOpenOption.APPEND);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
