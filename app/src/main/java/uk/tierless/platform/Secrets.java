package uk.tierless.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed out once (tracking links, Open311 and integration keys) and the hashes kept instead of them. A secret of this many
 * random bytes cannot be guessed, so a plain SHA-256 of it is enough to store: no salt or slow hash is needed.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding. */
    public static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** A key to hand out once: the prefix that says what it is for, then 32 random bytes (store its {@link #sha256}). */
    public static String key(String prefix) {
        return prefix + random(32);
    }

    /** The SHA-256 of the text, in lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
