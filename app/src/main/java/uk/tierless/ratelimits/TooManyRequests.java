package uk.tierless.ratelimits;

import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;

import java.util.List;
import java.util.Map;

/**
 * Over a limit: a 429 with {@code Retry-After}. On a page, {@code resend} holds the fields the resident posted, so
 * that the 429 page can send them again and nothing they typed is lost.
 */
public class TooManyRequests extends ApiException {

    private final Limit limit;
    private final long retryAfterSeconds;
    private final Map<String, List<String>> resend;

    TooManyRequests(Limit limit, long retryAfterSeconds, Map<String, List<String>> resend) {
        super(Response.Status.TOO_MANY_REQUESTS, "too_many_requests",
                limit.explanation() + " Try again in " + inWords(retryAfterSeconds) + ".", List.of());
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.resend = resend;
    }

    public Limit limit() {
        return limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Map<String, List<String>> resend() {
        return resend;
    }

    /** How long to wait, as a person would say it: "40 seconds", "1 minute", "3 minutes". */
    static String inWords(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
