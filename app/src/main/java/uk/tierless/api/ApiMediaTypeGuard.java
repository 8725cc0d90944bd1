package uk.tierless.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The API takes JSON (and files for uploads), never web forms. A call that sends a form, or says nothing of what it
 * sends (which the CSRF filter also takes for a form), would be refused by that filter with an empty 400; it gets a
 * 415 that says what to send instead.
 */
@ApplicationScoped
public class ApiMediaTypeGuard {

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpMethod method = context.request().method();
            boolean changes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                    || method == HttpMethod.DELETE;
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            boolean form = type == null || type.startsWith("application/x-www-form-urlencoded")
                    || type.startsWith("multipart/form-data");
            if (changes && form) {
                context.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end("{\"error\":\"unsupported_media_type\",\"message\":\"The API takes JSON, not forms: send"
                                + " Content-Type: application/json (an empty body is {}), or the file's type for uploads.\"}");
                return;
            }
            context.next();
        });
    }
}
