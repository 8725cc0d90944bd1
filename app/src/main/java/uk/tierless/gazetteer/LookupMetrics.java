package uk.tierless.gazetteer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ArcInvocationContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tierless_lookups_total{kind, outcome}}: every gazetteer lookup, by kind (postcode, point, uprn) and outcome
 * ({@code found}, {@code not_found}, {@code invalid} for text that is no postcode or UPRN, {@code error}). The
 * counters are made once, so a lookup costs an increment; what was looked up is never a label (docs/observability.md).
 */
// The kind is nonbinding: this interceptor counts every kind, each by the kind its method names.
@CountedLookup(CountedLookup.Kind.POSTCODE)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class LookupMetrics {

    private enum Outcome {
        FOUND, NOT_FOUND, INVALID, ERROR
    }

    private final Map<CountedLookup.Kind, Map<Outcome, Counter>> counters = new EnumMap<>(CountedLookup.Kind.class);

    @Inject
    LookupMetrics(MeterRegistry registry) {
        for (CountedLookup.Kind kind : CountedLookup.Kind.values()) {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("tierless.lookups").description("Gazetteer lookups")
                        .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
            }
            counters.put(kind, byOutcome);
        }
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        Map<Outcome, Counter> byOutcome = counters.get(
                ArcInvocationContext.findIterceptorBinding(invocation, CountedLookup.class).value());
        try {
            Object place = invocation.proceed();
            byOutcome.get(Outcome.FOUND).increment();
            return place;
        } catch (ApiException e) {
            byOutcome.get(e.status() == Response.Status.NOT_FOUND ? Outcome.NOT_FOUND
                    : e.status() == Response.Status.BAD_REQUEST ? Outcome.INVALID : Outcome.ERROR).increment();
            throw e;
        } catch (RuntimeException e) {
            byOutcome.get(Outcome.ERROR).increment();
            throw e;
        }
    }
}
