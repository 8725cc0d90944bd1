package uk.tierless.identity;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;

/** Signed tokens as the Tierless realm or Wychavon's own provider would issue them, for the test OIDC server. */
public final class TestTokens {

    /** The issuer of the test server's realm (Quarkus' OidcWiremockTestResource). */
    public static final String REALM_ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    /** A Tierless realm token: council staff have a council, board members a partnership. */
    public static String realm(String username, String council, String partnership, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(REALM_ISSUER)
                .preferredUserName(username)
                .claim("name", username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (council != null) {
            claims.claim("council", council);
        }
        if (partnership != null) {
            claims.claim("partnership", partnership);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String caseworker(String council) {
        return realm(council + ".caseworker", council, null, StaffRole.CASEWORKER);
    }

    /** A token from Wychavon's own provider, whose claims may say anything. */
    public static String ownProvider(String username, Map<String, Object> extraClaims, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ownProviderIssuer())
                .preferredUserName(username)
                .claim("roles", List.of(roles));
        extraClaims.forEach(claims::claim);
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String ownProviderIssuer() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/" + OidcTestServer.OWN_PROVIDER_COUNCIL;
    }

    /** A realm-looking token signed by a key that no provider knows. */
    public static String forged(String council) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Jwt.issuer(REALM_ISSUER).preferredUserName("intruder").claim("council", council)
                .claim("realm_access", Map.of("roles", List.of(StaffRole.CASEWORKER)))
                .jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
    }
}
