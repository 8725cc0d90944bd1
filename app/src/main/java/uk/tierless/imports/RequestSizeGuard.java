package uk.tierless.imports;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Quarkus limits request bodies globally; imports need gigabytes (a national ONSPD file is over 1 GB), so the global
 * limit is raised and every other route is held to {@value #MAX_BODY_BYTES} bytes here.
 */
@ApplicationScoped
public class RequestSizeGuard {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean chunked = length == null && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            boolean tooLarge = length != null && parse(length) > MAX_BODY_BYTES;
            if ((tooLarge || chunked) && !context.normalizedPath().startsWith(ImportResource.PATH + "/")) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end("{\"error\":\"payload_too_large\",\"message\":\"The request body is too large: at most "
                                + MAX_BODY_BYTES / 1024 + " KB here.\"}");
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
