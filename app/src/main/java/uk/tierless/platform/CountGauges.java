package uk.tierless.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * One gauge per state ({@code name{state="pending"}}, {@code name{state="dead"}}), read from counts that the
 * database answers in that order, worked out at most every 10 seconds however often Prometheus scrapes. A feature
 * produces one as a bean; Quarkus binds every {@link MeterBinder} bean to the registry at start.
 */
public final class CountGauges implements MeterBinder {

    private static final Duration LIFETIME = Duration.ofSeconds(10);

    private final String name;
    private final String description;
    private final List<String> states;
    private final CachedFigure<long[]> counts;

    /** @param counts one count per state, in the order of {@code states} */
    public CountGauges(String name, String description, List<String> states, Supplier<long[]> counts) {
        this.name = name;
        this.description = description;
        this.states = List.copyOf(states);
        this.counts = new CachedFigure<>(LIFETIME, counts);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (int column = 0; column < states.size(); column++) {
            int at = column;
            FreshGauge.register(registry, Gauge.builder(name, counts, figure -> figure.get()[at])
                    .description(description).tag("state", states.get(at)).strongReference(true));
        }
    }
}
