import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * A key pair made on the spot and a tenant administrator's token signed with it, for two-instances-check.sh: the
 * instances verify bearer tokens with the public key (quarkus.oidc.public-key), so no identity provider is needed.
 * Prints the public key (base64 X.509) and the token on one line each:
 * java AdminToken.java COUNCIL
 */
public class AdminToken {
    public static void main(String[] args) throws Exception {
        String council = args[0];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = ("{\"iss\":\"two-instances-check\",\"sub\":\"%1$s.admin\",\"preferred_username\":\"%1$s.admin\","
                + "\"council\":\"%1$s\",\"realm_access\":{\"roles\":[\"tenant-admin\"]},\"iat\":%2$d,\"exp\":%3$d}")
                .formatted(council, now, now + 600);
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String unsigned = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        System.out.println(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        System.out.println(unsigned + "." + url.encodeToString(signer.sign()));
    }
}
