package uk.tierless.platform;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every answer gets, before any other route runs (docs/security.md):
 * <ul>
 * <li>the request's {@code Host} is replaced by the public address ({@code TIERLESS_PUBLIC_URL}), so nothing built
 * from it (RESTEasy's absolute {@code Location}, the OIDC redirect URI) can name a host the caller made up, and an
 * absolute {@code Location} on our own host is given the public address's scheme too;</li>
 * <li>{@code Strict-Transport-Security} when cookies are Secure (which means TLS in front of us);</li>
 * <li>{@code Cache-Control: no-store} on pages and API answers that carry a resident's or a caller's details, and on
 * administrators' pages and API answers (drafts are nobody's to keep);</li>
 * <li>{@code SameSite=Strict} on the CSRF cookie, which quarkus-rest-csrf cannot set itself.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpSafety {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Tracking, the service forms, the staff pages, and the API's answers about requests and the person asking. */
    private static final Pattern PERSONAL = Pattern.compile(
            "/(track|form|staff|admin)(/.*)?|/api/v1/(requests|me|outbox|dispatches)(/.*)?"
                    + "|/api/v1/councils/[^/]+/(audit-events|services|services\\.yaml|branding)(/.*)?|/api/v1/partnerships/[^/]+/templates(/.*)?");

    private static final String REQUESTED_HOST = "tierless.requested-host";

    @Inject
    TierlessConfig config;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    // Priority: installed before the other guards at the same route order, so their early answers get these headers.
    void install(@Observes @Priority(1) Router router) {
        URI publicUrl = URI.create(config.publicUrl().replaceAll("/+$", ""));
        String authority = publicUrl.getRawAuthority();
        List<String> ownOrigins = List.of("http://" + authority, "https://" + authority);
        String publicOrigin = publicUrl.getScheme() + "://" + authority;
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String requested = context.request().headers().get(HttpHeaders.HOST);
            if (requested == null && context.request().authority() != null) {
                // HTTP/2 sends no Host header but an :authority. (Asked only then: the answer is kept, and with a
                // Host header it would be the caller's rather than the public address set below.)
                requested = context.request().authority().toString();
            }
            context.put(REQUESTED_HOST, requested);
            context.request().headers().set(HttpHeaders.HOST, authority);
            boolean personal = PERSONAL.matcher(context.normalizedPath()).matches();
            context.addHeadersEndHandler(ignored -> {
                if (config.secureCookies()) {
                    context.response().headers().set("Strict-Transport-Security", HSTS);
                }
                if (personal) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
                publicLocation(context, ownOrigins, publicOrigin);
                strictCsrfCookie(context);
            });
            context.next();
        });
    }

    /**
     * The host name the caller asked for, before it was replaced, lower case and without its port: only to choose
     * which partnership's front door to show (docs/tenants.md, hosts), never to build a URL.
     */
    public static String requestedHost(RoutingContext context) {
        String host = context.get(REQUESTED_HOST);
        if (host == null) {
            return null;
        }
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.lastIndexOf(':');
        return (end > 0 ? host.substring(0, end) : host).toLowerCase(java.util.Locale.ROOT);
    }

    private static void publicLocation(RoutingContext context, List<String> ownOrigins, String publicOrigin) {
        String location = context.response().headers().get(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        for (String origin : ownOrigins) {
            if (location.startsWith(origin) && (location.length() == origin.length()
                    || "/?#".indexOf(location.charAt(origin.length())) >= 0)) {
                context.response().headers().set(HttpHeaders.LOCATION, publicOrigin + location.substring(origin.length()));
                return;
            }
        }
    }

    /** Only the cookie being sent in this answer (one the browser sent us is left alone, else it would be sent back). */
    private void strictCsrfCookie(RoutingContext context) {
        for (Cookie cookie : context.request().cookies(csrfCookie)) {
            if (cookie instanceof ServerCookie sent && !sent.isFromUserAgent()) {
                cookie.setSameSite(CookieSameSite.STRICT);
            }
        }
    }
}
