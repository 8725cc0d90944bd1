package uk.tierless.ratelimits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code tierless_rate_limit_refusals_total{limit}}: the calls refused with a 429, by the limit they went over; made at
 * start, so that every limit's series is there (at 0) before anything is refused.
 */
@Startup
@ApplicationScoped
public class RateLimitMetrics {

    private final Map<Limit, Counter> refusals = new EnumMap<>(Limit.class);

    @Inject
    RateLimitMetrics(MeterRegistry registry) {
        for (Limit limit : Limit.values()) {
            refusals.put(limit, Counter.builder("tierless.rate.limit.refusals").description("Calls refused over a rate limit")
                    .tag("limit", limit.code()).register(registry));
        }
    }

    void refused(Limit limit) {
        refusals.get(limit).increment();
    }
}
