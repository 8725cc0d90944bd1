package uk.tierless.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A request id for every request, on every log line written while it is answered ({@code requestId} in the MDC,
 * {@code mdc.requestId} in JSON logs) and in the answer's {@code X-Request-Id}, so that a line in the log and a
 * complaint about one answer can be matched (docs/observability.md). The caller's (or the proxy's) {@code X-Request-Id}
 * is kept when it is 16 to 64 hexadecimal digits and hyphens, as a UUID or nginx's {@code $request_id} is: such text
 * cannot hold a name, an email address or a phone number, so none reaches the log. Anything else is replaced.
 */
@ApplicationScoped
public class RequestIds {

    public static final String MDC_KEY = "requestId";
    static final CharSequence HEADER = HttpHeaders.createOptimized("X-Request-Id");
    private static final int SHORTEST = 16;
    private static final int LONGEST = 64;

    // Priority: before HttpSafety, so that even the earliest answer and the earliest log line carry the id.
    void install(@Observes @Priority(0) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String id = ofCaller(context.request().getHeader(HEADER));
            if (id == null) {
                id = fresh();
            }
            // Quarkus keeps the MDC in the request's own (duplicated) Vert.x context: it follows the request to the
            // worker thread that answers it, and ends with it.
            MDC.put(MDC_KEY, id);
            context.response().headers().set(HEADER, id);
            context.next();
        });
    }

    /** The caller's id when it is safe to log and to send back, else null. */
    static String ofCaller(String header) {
        if (header == null || header.length() < SHORTEST || header.length() > LONGEST) {
            return null;
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex && c != '-') {
                return null;
            }
        }
        return header;
    }

    /** 32 random hexadecimal digits: an id to match lines by, not a secret, so no secure (and slower) random. */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return hex(random.nextLong()) + hex(random.nextLong());
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
