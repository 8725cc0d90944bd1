package uk.tierless.dispatch;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

/** The receiver's check of a Tierless webhook, exactly as docs/integration.md gives it. */
public final class WebhookVerifier {

    private WebhookVerifier() {
    }

    /** True when the body was signed with the secret less than five minutes before {@code now}. */
    public static boolean verify(String signatureHeader, String body, String secret, Instant now)
            throws GeneralSecurityException {
        long time = -1;
        String v1 = null;
        for (String part : signatureHeader.split(",")) {
            if (part.startsWith("t=")) {
                time = Long.parseLong(part.substring(2));
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (time < 0 || v1 == null || Math.abs(now.getEpochSecond() - time) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((time + "." + body).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }
}
