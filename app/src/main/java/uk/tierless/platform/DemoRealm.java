package uk.tierless.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The demo realm as the local Keycloak should import it: the web client {@code tierless-web} may only send staff
 * back to the address Tierless really answers on, so its root URL, redirect URIs, web origins and post-logout
 * redirect are rewritten from the public address (the realm file carries {@code http://localhost:8080}).
 */
final class DemoRealm {

    static final String WEB_CLIENT = "tierless-web";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRealm() {
    }

    /** The public address without a path or trailing slash, e.g. {@code http://localhost:9080}. */
    static String origin(String publicUrl) {
        URI uri = URI.create(publicUrl.trim());
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("TIERLESS_PUBLIC_URL must be an absolute URL such as http://localhost:8080, not '"
                    + publicUrl + "'");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The realm JSON with {@code tierless-web} pointed at {@code origin}; every other client is left as it is. */
    static String forOrigin(String realmJson, String origin) {
        try {
            JsonNode realm = JSON.readTree(realmJson);
            for (JsonNode client : realm.path("clients")) {
                if (WEB_CLIENT.equals(client.path("clientId").asText()) && client instanceof ObjectNode web) {
                    web.put("rootUrl", origin);
                    web.putArray("redirectUris").add(origin + "/*");
                    web.putArray("webOrigins").add(origin);
                    ObjectNode attributes = web.get("attributes") instanceof ObjectNode existing
                            ? existing : web.putObject("attributes");
                    attributes.put("post.logout.redirect.uris", origin + "/*");
                }
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException("The realm file is not valid JSON", e);
        }
    }
}
