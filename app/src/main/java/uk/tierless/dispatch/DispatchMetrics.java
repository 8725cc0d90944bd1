package uk.tierless.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.CachedFigure;
import uk.tierless.platform.OwnMeters;
import uk.tierless.tenancy.CouncilTotals;

import java.time.Duration;
import java.util.List;

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

    private OwnMeters meters;

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        meters = new OwnMeters(registry);
        List<String> states = List.of(RequestDispatch.PENDING, RequestDispatch.DEAD); // the query's columns, in order
        for (int column = 0; column < states.size(); column++) {
            int at = column;
            meters.keep(Gauge.builder("tierless.dispatches", waiting, figure -> figure.get()[at]).description("Requests not yet sent on")
                    .tag("state", states.get(at)).register(registry));
        }
    }

    @PreDestroy
    synchronized void unbind() {
        if (meters != null) {
            meters.removeAll();
        }
    }
}
