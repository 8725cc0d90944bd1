package uk.tierless.imports;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.tierless.api.EarlyAnswers;

import java.util.Set;

/**
 * Quarkus limits request bodies globally; imports need gigabytes (a national ONSPD file is over 1 GB), so the global
 * limit is raised and every other route is held to {@value #MAX_BODY_BYTES} bytes here. Routes that take a photo
 * allow {@value #UPLOAD_BODY_BYTES}: well above the photo limit, so that a photo that is too large reaches the form,
 * which says so and keeps the other answers. A body that gives its Content-Length is judged by it at once; a chunked
 * one is measured as it arrives, and refused as soon as it passes the limit.
 */
@ApplicationScoped
public class RequestSizeGuard {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final long UPLOAD_BODY_BYTES = 50L * 1024 * 1024;
    private static final Set<String> UPLOAD_PATHS = Set.of("/form/check", "/api/v1/photos");

    void install(@Observes Router router) {
        // After the handlers that add the security headers (also at the lowest order, registered first), so a 413 has them.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String path = context.normalizedPath();
            long limit = UPLOAD_PATHS.contains(path) ? UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (path.startsWith(ImportResource.PATH + "/")) {
                context.next();
            } else if (length != null) {
                if (parse(length) > limit) {
                    tooLarge(context, limit);
                } else {
                    context.next();
                }
            } else if (context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                measure(context, limit);
            } else {
                context.next();
            }
        });
    }

    /** Reads a chunked body, counting: past the limit it is a 413 at once; whole, it goes on as the request's body. */
    private static void measure(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            body.appendBuffer(chunk);
            if (body.length() > limit) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                tooLarge(context, limit);
            }
        });
        request.endHandler(ended -> {
            if (!context.response().ended()) {
                context.setBody(body);
                context.next();
            }
        });
    }

    private static void tooLarge(RoutingContext context, long limit) {
        String message = "The request body is too large: at most " + limit / 1024 / 1024 + " MB here.";
        EarlyAnswers.refuse(context, 413, "payload_too_large", EarlyAnswers.isApi(context.normalizedPath()) ? message
                : message + " Go back, choose a smaller file and try again.");
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
