package uk.tierless.identity;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.tierless.api.EarlyAnswers;

/**
 * The API authenticates with bearer tokens only (docs/identity.md). Quarkus OIDC picks the tenant from a
 * {@code q_session_<tenant>} cookie wherever it arrives, so a browser signed in to the staff pages would otherwise be
 * signed in on {@code /api} too, where no CSRF token is asked for. The API reads no cookie at all: they are removed
 * before anything looks at them, and a call with only a cookie is anonymous (401 where staff are needed).
 */
@ApplicationScoped
public class BearerOnlyApi {

    void install(@Observes Router router) {
        // Every spelling of an API path (//api/... answers as the API too), so no extra slash brings a cookie in.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (EarlyAnswers.isApi(context.request().path())) {
                context.request().headers().remove(HttpHeaders.COOKIE);
            }
            context.next();
        });
    }
}
