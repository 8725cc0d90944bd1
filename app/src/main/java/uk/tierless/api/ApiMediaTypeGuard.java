package uk.tierless.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * The API takes JSON (and files for uploads), never web forms. A call that sends a form, or says nothing of what it
 * sends (which the CSRF filter also takes for a form), would be refused by that filter with an empty 400; it gets a
 * 415 that says what to send instead. On every route, a Content-Type that is not a media type at all (empty, or
 * {@code a/b/c}) is a 415 here rather than an exception deep in the CSRF filter.
 */
@ApplicationScoped
public class ApiMediaTypeGuard {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (type != null && !isMediaType(type)) {
                EarlyAnswers.refuse(context, 415, "unsupported_media_type", EarlyAnswers.isApi(context.normalizedPath())
                        ? "The Content-Type header is not a media type: send Content-Type: application/json, or the"
                        + " file's type for uploads."
                        : "This page does not take what was sent: go back and send the form on the page.");
                return;
            }
            context.next();
        });
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpMethod method = context.request().method();
            boolean changes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                    || method == HttpMethod.DELETE;
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            boolean form = type == null || type.startsWith("application/x-www-form-urlencoded")
                    || type.startsWith("multipart/form-data");
            if (changes && form) {
                EarlyAnswers.refuse(context, 415, "unsupported_media_type", "The API takes JSON, not forms: send"
                        + " Content-Type: application/json (an empty body is {}), or the file's type for uploads.");
                return;
            }
            context.next();
        });
    }

    private static boolean isMediaType(String type) {
        try {
            return !type.isBlank() && MediaType.valueOf(type) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
