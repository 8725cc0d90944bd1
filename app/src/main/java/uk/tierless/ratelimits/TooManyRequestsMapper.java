package uk.tierless.ratelimits;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.tierless.api.EarlyAnswers;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.util.List;
import java.util.Optional;

/**
 * A 429 with {@code Retry-After}: in the API's error shape on /api, else a page (under the journey's header) that
 * says when to try again and carries the resident's answers, to send them again with one button.
 */
public class TooManyRequestsMapper {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance tooManyRequests(String home, String wait, String message,
                                                       String action, List<Field> resend, boolean photoAgain);
    }

    /** A posted field, carried on the page as a hidden input. */
    public record Field(String name, String value) {
    }

    @Inject
    HttpServerRequest request;

    @Inject
    CouncilDirectory councils;

    @Inject
    RateLimitMetrics metrics;

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e) {
        metrics.refused(e.limit());
        Response.ResponseBuilder response = Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        Optional<Response> inDialect = EarlyAnswers.inDialect(request.path(), 429, e.getMessage());
        if (inDialect.isPresent()) {
            return Response.fromResponse(inDialect.get()).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        if (EarlyAnswers.isApi(request.path())) {
            return response.type(MediaType.APPLICATION_JSON_TYPE).entity(e.toError()).build();
        }
        CouncilView council = councils.bySlug(request.getParam("c")).filter(CouncilView::member).orElse(null);
        List<Field> resend = e.resend().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> new Field(entry.getKey(), value))).toList();
        String action = request.path() + (request.query() == null ? "" : "?" + request.query());
        return response.type(MediaType.TEXT_HTML_TYPE).entity(Templates.tooManyRequests(
                council == null ? "/" : "/c/" + council.slug(), TooManyRequests.inWords(e.retryAfterSeconds()),
                e.limit().explanation(), action, resend, e.limit() == Limit.PHOTOS).render()).build();
    }
}
