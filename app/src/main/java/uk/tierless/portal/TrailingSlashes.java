package uk.tierless.portal;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.tierless.api.EarlyAnswers;

/**
 * Every page has one address: {@code /track/} is sent on to {@code /track}, {@code /form/?service=...} to
 * {@code /form?service=...}, with a 308, which keeps the method and the body. The pages only ever see the spelling
 * their links, forms and CSRF tokens are made for.
 */
@ApplicationScoped
public class TrailingSlashes {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String path = context.request().path();
            if (path != null && path.length() > 1 && path.endsWith("/") && !EarlyAnswers.forPrograms(context.normalizedPath())) {
                // Leading slashes too: "//host/" must stay a path on this site, never become another site.
                String query = context.request().query();
                context.response().setStatusCode(308)
                        .putHeader(HttpHeaders.LOCATION, "/" + strip(path) + (query == null ? "" : "?" + query)).end();
                return;
            }
            context.next();
        });
    }

    private static String strip(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
