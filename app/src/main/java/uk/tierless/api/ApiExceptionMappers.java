package uk.tierless.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition;
import uk.tierless.platform.LogSafe;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns every failure into the API's error shape, with a 4xx that fits and never a stack trace; on pages (anything
 * outside /api and /q), into a friendly error page with the same status; on a path an {@link ErrorDialect} speaks for,
 * into that dialect.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);
    static final int MAX_FORM_FIELDS = 1000;
    private static final int DATABASE_RETRY_SECONDS = 5;

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return respond(e.status().getStatusCode(), e.toError());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(400, InvalidJson.of(e));
    }

    /** Before the mapper the JSON extension brings, whose answer is not the API's error shape. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response mistypedJson(MismatchedInputException e) {
        return respond(400, InvalidJson.of(e));
    }

    /** No token, or one that failed verification: a 401 that tells a script how to authenticate. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(401, ApiError.of("unauthorized",
                        "Sign in to use this: send a bearer token from your council's identity provider.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, ApiError.of("forbidden", messageFor(403, true)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof RedirectionException) {
            // A page sending the browser on (the class browse page before a class's form): its Location goes as it is.
            return e.getResponse();
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(400, InvalidJson.of(json));
        }
        return respond(status, ApiError.of(codeFor(status), messageFor(status, EarlyAnswers.forPrograms(request.path()))));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (tooManyFields(e)) {
            return respond(413, ApiError.of("payload_too_large", "The form has more than " + MAX_FORM_FIELDS
                    + " fields, which no form here has: go back and send the form on the page."));
        }
        if (badlyEncodedForm(e)) {
            return respond(400, ApiError.of("invalid_request",
                    "The form is not URL-encoded: a % is not followed by two hex digits."));
        }
        if (databaseAway(e)) {
            LOG.warn("The database cannot be reached: answered 503");
            return Response.fromResponse(respond(503, ApiError.of("unavailable", "Tierless cannot reach its database"
                    + " just now. Please try again in a few seconds; a request sent again with its Idempotency-Key"
                    + " is never made twice."))).header("Retry-After", DATABASE_RETRY_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        // The message is left out: it may quote what the resident sent (docs/security.md, Logs).
        LOG.errorf(LogSafe.withoutMessages(e), "Unexpected error, incident %s", incident);
        return respond(500, ApiError.of("internal_error",
                "Something went wrong on our side. It has been logged as incident " + incident + "; please try again."));
    }

    private Response respond(int status, ApiError error) {
        Optional<Response> inDialect = EarlyAnswers.inDialect(request.path(), status, error.message());
        if (inDialect.isPresent()) {
            return inDialect.get();
        }
        if (EarlyAnswers.isApi(request.path())) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(EarlyAnswers.page(status, error.message()))
                .build();
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "request_failed";
        };
    }

    static String messageFor(int status, boolean api) {
        return switch (status) {
            case 401 -> "Sign in to use this.";
            case 403 -> "You do not have access to this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> api ? "This address does not accept that method."
                    : "This page cannot be used that way: go back and use the links and forms on it.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 415 -> api ? "This address does not accept that content type: send JSON."
                    : "This page does not take what was sent: go back and send the form on the page.";
            default -> "The request could not be served.";
        };
    }

    /**
     * PostgreSQL away (stopped, restarting, unreachable): SQLSTATE class 08 is a connection exception, 57P01 to 57P03
     * an administrator's shutdown or a server not yet accepting connections. Not the caller's fault, and it passes:
     * a 503 that says to try again, as readiness says to the load balancer.
     */
    private static boolean databaseAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form parser stops at {@value #MAX_FORM_FIELDS} fields (Vert.x's limit) with a plain RuntimeException, which
     * only its message tells apart.
     */
    private static boolean tooManyFields(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null
                && e.getMessage().startsWith("Param limit of " + MAX_FORM_FIELDS);
    }

    /**
     * The form parser, which reads every form body before any resource (ours or the CSRF filter) sees it, fails on a
     * malformed % escape with an IllegalArgumentException: one thrown from that parser is the sender's fault.
     */
    private static boolean badlyEncodedForm(Throwable e) {
        return e instanceof IllegalArgumentException && java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith(FormEncodedDataDefinition.class.getName()));
    }
}
