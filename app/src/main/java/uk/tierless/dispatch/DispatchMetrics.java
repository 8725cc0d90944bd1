package uk.tierless.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.CachedFigure;
import uk.tierless.tenancy.CouncilTotals;

import java.time.Duration;

/**
 * {@code tierless_dispatches{state}}: requests waiting to be sent on to councils' own systems ({@code pending}) and
 * given up on after a day of tries ({@code dead}), every member council's together, counted at most every 10 seconds.
 */
@ApplicationScoped
public class DispatchMetrics implements MeterBinder {

    private static final String WAITING = "select count(*) filter (where state = 'pending'),"
            + " count(*) filter (where state = 'dead') from dispatches"
            + " where tenant_id = :council and state in ('pending', 'dead')";

    @Inject
    CouncilTotals totals;

    private final CachedFigure<long[]> waiting = new CachedFigure<>(Duration.ofSeconds(10), () -> totals.sum(WAITING));

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tierless.dispatches", waiting, figure -> figure.get()[0]).description("Requests not yet sent on")
                .tag("state", RequestDispatch.PENDING).register(registry);
        Gauge.builder("tierless.dispatches", waiting, figure -> figure.get()[1]).description("Requests not yet sent on")
                .tag("state", RequestDispatch.DEAD).register(registry);
    }
}
