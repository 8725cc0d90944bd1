package uk.tierless.portal;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import uk.tierless.api.ApiException;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form posted without a valid CSRF token, most often because the resident took longer than the token's cookie
 * lives ({@code quarkus.rest-csrf.cookie-max-age}, two hours). quarkus-rest-csrf would answer an empty 400 and the
 * answers would be lost; this runs just before it and, instead, shows the same step again with every answer kept, a
 * fresh token and cookie, and a message asking to press the button again (docs/portal.md, Expired forms). Nothing
 * is stored or sent without a valid token: the request never reaches the page's resource method. A staff page gets
 * a plain page saying to go back and try again.
 */
public class ExpiredForms {

    private static final Set<String> FORM_STEPS = Set.of("/form/check", "/form/edit", "/form/submit", "/track");
    // Keys quarkus-rest-csrf reads from the routing context: the page's token, and the cookie to send with it.
    private static final String TOKEN_KEY = "csrf_token";
    private static final String TOKEN_BYTES_KEY = "csrf_token_bytes";
    private static final String NEW_COOKIE_KEY = "true";

    @Inject
    FormPages pages;

    @Inject
    TrackingPages tracking;

    @Inject
    FormTimeout timeout;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> signatureKey;

    private final SecureRandom random = new SecureRandom();

    // Quarkus REST runs this filter before quarkus-rest-csrf's (priority USER) only with a higher number.
    @ServerRequestFilter(priority = Priorities.USER + 100)
    @WithFormRead
    public Response refusedToken(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String path = routing.normalizedPath();
        boolean step = FORM_STEPS.contains(path);
        if (!"POST".equals(request.getMethod()) || !isForm(request.getMediaType())
                || !step && !path.startsWith("/staff") || tokenMatches(request, routing)) {
            return null; // quarkus-rest-csrf checks it, as always
        }
        if (!step) {
            throw ApiException.invalid("This page timed out: for your safety, a page left open for more than two hours"
                    + " cannot be sent. Go back, reload the page, sign in again if asked, and try again.", List.of());
        }
        byte[] fresh = new byte[tokenSize];
        random.nextBytes(fresh);
        routing.put(TOKEN_BYTES_KEY, fresh);
        routing.put(TOKEN_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh));
        routing.put(NEW_COOKIE_KEY, true);
        timeout.expire();
        if (path.equals("/track")) {
            return tracking.timedOut(fields(request));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        return pages.timedOut(path, query.getFirst("service"), query.getFirst("postcode"), query.getFirst("uprn"),
                query.getFirst("c"), fields(request));
    }

    private boolean tokenMatches(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(cookieName);
        Object token = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(fieldName, true, false);
        // The same comparison as quarkus-rest-csrf's: with a signature key the cookie holds the token's signature.
        return cookie != null && token instanceof String posted
                && cookie.getValue().equals(signatureKey.map(key -> CsrfTokenUtils.signCsrfToken(posted, key)).orElse(posted));
    }

    /** The posted text fields (a file chosen on a photo page is not kept: it is chosen again). */
    private static Map<String, List<String>> fields(ResteasyReactiveContainerRequestContext request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form != null) {
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem()) {
                        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.getValue());
                    }
                }
            }
        }
        return fields;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
