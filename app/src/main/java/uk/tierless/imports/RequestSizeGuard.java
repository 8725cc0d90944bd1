package uk.tierless.imports;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Quarkus limits request bodies globally; imports need gigabytes (a national ONSPD file is over 1 GB), so the global
 * limit is raised and every other route is held to {@value #MAX_BODY_BYTES} bytes here. Routes that take a photo
 * allow {@value #UPLOAD_BODY_BYTES}: well above the photo limit, so that a photo that is too large reaches the form,
 * which says so and keeps the other answers.
 */
@ApplicationScoped
public class RequestSizeGuard {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final long UPLOAD_BODY_BYTES = 50L * 1024 * 1024;
    private static final java.util.Set<String> UPLOAD_PATHS = java.util.Set.of("/form/check", "/api/v1/photos");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean chunked = length == null && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            String path = context.normalizedPath();
            long limit = UPLOAD_PATHS.contains(path) ? UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
            boolean tooLarge = length != null && parse(length) > limit;
            if ((tooLarge || chunked) && !path.startsWith(ImportResource.PATH + "/")) {
                String message = "The request body is too large: at most " + limit / 1024 / 1024 + " MB here.";
                boolean api = path.startsWith("/api/");
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/html;charset=UTF-8")
                        .end(api ? "{\"error\":\"payload_too_large\",\"message\":\"" + message + "\"}"
                                : "<!DOCTYPE html><html lang=\"en\"><title>Too large</title><p>" + message
                                + " Go back, choose a smaller file and try again.</p></html>");
                return;
            }
            context.next();
        });
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
