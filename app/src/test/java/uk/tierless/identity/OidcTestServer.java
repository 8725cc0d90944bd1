package uk.tierless.identity;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

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
 * in Wychavon's tenant.yaml. Its token endpoint answers the authorization code flow with a Tamworth caseworker.
 */
public class OidcTestServer extends OidcWiremockTestResource {

    public static final String OWN_PROVIDER_COUNCIL = "wychavon";
    public static final String OWN_PROVIDER_CLIENT = "wychavon-tierless";

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
                .atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token": "%1$s", "id_token": "%1$s", "refresh_token": "not-used", "expires_in": 300}
                        """.formatted(codeFlowToken()))));

        config.put("tierless.tenants-dir", tenantsWithOwnProvider(ownIssuer).toString());
        config.put("WYCHAVON_OIDC_SECRET", "wychavon-test-secret");
        config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/quarkus");
        config.put("quarkus.oidc.staff.credentials.secret", "test-secret");
        config.put("tierless.identity.enabled", "true");
        return config;
    }

    /** The ID token of a Tamworth caseworker signing in through the browser. */
    private static String codeFlowToken() {
        return Jwt.issuer(TestTokens.REALM_ISSUER)
                .audience("tierless-web")
                .subject("tamworth-caseworker-id")
                .preferredUserName("tamworth.caseworker")
                .claim("name", "Tamworth Caseworker")
                .claim("council", "tamworth")
                .claim("realm_access", Map.of("roles", List.of(StaffRole.CASEWORKER)))
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A copy of the repository's tenants folder in which Wychavon brings its own identity provider. */
    private static Path tenantsWithOwnProvider(String issuer) {
        try {
            Path source = Path.of("..", "tenants");
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
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
