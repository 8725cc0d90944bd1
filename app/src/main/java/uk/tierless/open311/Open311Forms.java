package uk.tierless.open311;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The form posts of Open311 clients. They authenticate with {@code api_key}, never with a cookie, so the CSRF check
 * the staff pages' forms need (a token in the form matching a cookie) does not apply to them, and an Open311 client
 * has no token to send. Quarkus's CSRF filter checks every form post and has no way to leave a path out, so before
 * matching, a form posted under {@code /open311/} is relabelled with a type of our own, which that filter passes by
 * and the Open311 resources read with {@link #parse}.
 */
public final class Open311Forms {

    /** What a form posted under {@code /open311/} is relabelled as; the Open311 resources consume it. */
    public static final String TYPE = "application/vnd.tierless.open311-form";
    static final int MAX_FIELDS = 1_000;

    @ServerRequestFilter(preMatching = true)
    public void relabel(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && request.getUriInfo().getPath().startsWith(Open311Errors.BASE)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, TYPE);
        }
    }

    /** The fields of a form body ({@code name=value&...}, UTF-8), or a 400 naming what is wrong with it. */
    public static MultivaluedMap<String, String> parse(String body) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        String[] pairs = body.split("&");
        if (pairs.length > MAX_FIELDS) {
            throw PostedRequest.invalid("body", "The form has more than " + MAX_FIELDS + " fields.");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.add(name, value);
            } catch (IllegalArgumentException e) {
                throw PostedRequest.invalid("body", "The form is not URL-encoded: a % is not followed by two hex digits.");
            }
        }
        return fields;
    }
}
