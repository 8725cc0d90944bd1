package uk.tierless.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code tierless_submissions_total{channel, outcome}}: every request submitted, on whichever channel (web, app,
 * phone, face_to_face, open311; anything else as {@code other}), {@code accepted}, {@code repeated} (an idempotency
 * key seen before), {@code refused} (a 4xx: answers that fail the form, no such service there) or {@code error}.
 * A submission that names no offer is routed and then submitted to the offer: counted once, by the outer call.
 */
@CountedSubmission
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RequestMetrics {

    private static final String OTHER = "other";

    private enum Outcome {
        ACCEPTED, REPEATED, REFUSED, ERROR
    }

    /** Set while a submission is counted on this thread, so the inner call of a routed submission is not. */
    private static final ThreadLocal<Boolean> COUNTING = new ThreadLocal<>();

    private final Map<String, Map<Outcome, Counter>> counters = new HashMap<>();

    @Inject
    RequestMetrics(MeterRegistry registry) {
        Stream.concat(Channels.ALL.stream(), Stream.of(OTHER)).forEach(channel -> {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("tierless.submissions").description("Requests submitted")
                        .tag("channel", channel).tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
            }
            counters.put(channel, byOutcome);
        });
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        if (COUNTING.get() != null) {
            return invocation.proceed();
        }
        Requests.Submission submission = (Requests.Submission) invocation.getParameters()[0];
        Map<Outcome, Counter> byOutcome = counters.getOrDefault(submission.channel(), counters.get(OTHER));
        COUNTING.set(Boolean.TRUE);
        try {
            Requests.Submitted submitted = (Requests.Submitted) invocation.proceed();
            byOutcome.get(submitted.created() ? Outcome.ACCEPTED : Outcome.REPEATED).increment();
            return submitted;
        } catch (ApiException e) {
            byOutcome.get(e.status().getFamily() == Response.Status.Family.CLIENT_ERROR
                    ? Outcome.REFUSED : Outcome.ERROR).increment();
            throw e;
        } catch (RuntimeException e) {
            byOutcome.get(Outcome.ERROR).increment();
            throw e;
        } finally {
            COUNTING.remove();
        }
    }
}
