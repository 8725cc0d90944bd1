package uk.tierless.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Optional;

/**
 * Some refusals are made by filters with a bare status and no body (the CSRF filter's 400 for a form without its
 * token, among them). Every 4xx says what went wrong: the error shape on the API, the error page elsewhere.
 */
public class EmptyErrorBodies {

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || response.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        Optional<ErrorDialect> dialect = EarlyAnswers.dialectFor(path);
        if (dialect.isPresent()) {
            ErrorDialect.Refusal refusal = dialect.get().write(path, status, ApiExceptionMappers.messageFor(status, true));
            response.setEntity(refusal.body(), null, MediaType.valueOf(refusal.contentType()));
            return;
        }
        boolean api = EarlyAnswers.isApi(path);
        String message = status == 400 && !api
                ? "The form could not be used: go back, reload the page and send the form again."
                : ApiExceptionMappers.messageFor(status, api);
        if (api) {
            response.setEntity(ApiError.of(ApiExceptionMappers.codeFor(status), message), null,
                    MediaType.APPLICATION_JSON_TYPE);
        } else {
            response.setEntity(EarlyAnswers.page(status, message), null, MediaType.TEXT_HTML_TYPE);
        }
    }
}
