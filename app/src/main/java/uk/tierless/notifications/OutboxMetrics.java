package uk.tierless.notifications;

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
 * {@code tierless_outbox_messages{state}}: messages to residents waiting to be sent ({@code pending}) and given up
 * on ({@code dead}, for administrators to retry), every member council's together, counted at most every 10 seconds.
 */
@ApplicationScoped
public class OutboxMetrics implements MeterBinder {

    private static final String WAITING = "select count(*) filter (where status = 'pending'),"
            + " count(*) filter (where status = 'dead') from outbox_messages"
            + " where tenant_id = :council and status in ('pending', 'dead')";

    @Inject
    CouncilTotals totals;

    private final CachedFigure<long[]> waiting = new CachedFigure<>(Duration.ofSeconds(10), () -> totals.sum(WAITING));

    private OwnMeters meters;

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        meters = new OwnMeters(registry);
        List<String> states = List.of(OutboxMessage.PENDING, OutboxMessage.DEAD); // the query's columns, in order
        for (int column = 0; column < states.size(); column++) {
            int at = column;
            meters.keep(Gauge.builder("tierless.outbox.messages", waiting, figure -> figure.get()[at]).description("Messages to residents not sent")
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
