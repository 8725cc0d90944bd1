package uk.tierless.api;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * The two faces of a refusal: the API's error shape on {@code /api} and {@code /q}, a page everywhere else. Resources
 * reach it through {@link ApiExceptionMappers}; the guards that answer before any resource (a body too large, a
 * Content-Type that is not one) call {@link #refuse} directly. Those guards run after the handlers that add the
 * configured security headers, so an early answer carries them too.
 */
public final class EarlyAnswers {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance page(int status, String title, String message);
    }

    private EarlyAnswers() {
    }

    /** Whether a path is the API's (or the management endpoints'), however many slashes it starts with. */
    public static boolean isApi(String path) {
        return under(path, "/api/") || under(path, "/q/");
    }

    /** Whether a path starts with this prefix (which starts with one slash), however many slashes the path starts with. */
    public static boolean under(String path, String prefix) {
        int start = 0;
        while (start + 1 < path.length() && path.charAt(start + 1) == '/') {
            start++;
        }
        return path.startsWith(prefix, start);
    }

    /** Whether a path answers programs rather than people: the API's, or one an {@link ErrorDialect} speaks for. */
    public static boolean forPrograms(String path) {
        return isApi(path) || dialectFor(path).isPresent();
    }

    /** The dialect that writes refusals on this path, if a feature declared one. */
    static Optional<ErrorDialect> dialectFor(String path) {
        for (ErrorDialect dialect : Arc.container().select(ErrorDialect.class)) {
            if (dialect.speaks(path)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /** The refusal as a resource's answer, when a dialect speaks for the path. */
    public static Optional<Response> inDialect(String path, int status, String message) {
        return dialectFor(path).map(dialect -> {
            ErrorDialect.Refusal refusal = dialect.write(path, status, message);
            return Response.status(status).header(HttpHeaders.CONTENT_TYPE.toString(), refusal.contentType())
                    .entity(refusal.body()).build();
        });
    }

    /** Ends the request here with this status: the path's dialect, the error shape or the error page, as the path asks. */
    public static void refuse(RoutingContext context, int status, String error, String message) {
        Optional<ErrorDialect> dialect = dialectFor(context.normalizedPath());
        if (dialect.isPresent()) {
            ErrorDialect.Refusal refusal = dialect.get().write(context.normalizedPath(), status, message);
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, refusal.contentType())
                    .end(Buffer.buffer(refusal.body()));
            return;
        }
        boolean api = isApi(context.normalizedPath());
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/html;charset=UTF-8")
                .end(api ? Json.encode(ApiError.of(error, message)) : page(status, message));
    }

    /** The error page: a title that fits the status, and the message (HTML-escaped by the template). */
    static String page(int status, String message) {
        String title = switch (status) {
            case 404 -> "Page not found";
            case 401, 403 -> "You cannot see this page";
            default -> status >= 500 ? "Sorry, there is a problem with the service" : "There is a problem";
        };
        TemplateInstance page = Templates.page(status, title, status >= 500 ? "Please try again later. " + message : message);
        // The layout may use request-scoped beans; an early answer is made before any request context is active.
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return page.render();
        }
        requestContext.activate();
        try {
            return page.render();
        } finally {
            requestContext.terminate();
        }
    }
}
