package uk.tierless.dispatch;

import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.tierless.platform.CountGauges;
import uk.tierless.tenancy.CouncilTotals;

import java.util.List;

/**
 * {@code tierless_dispatches{state}}: requests waiting to be sent on to councils' own systems ({@code pending}) and
 * given up on after a day of tries ({@code dead}), every member council's together.
 */
public class DispatchMetrics {

    private static final String WAITING = "select count(*) filter (where state = 'pending'),"
            + " count(*) filter (where state = 'dead') from dispatches where tenant_id = :council"
            + " and state in ('pending', 'dead')";

    @Produces
    @Singleton
    MeterBinder dispatchGauges(CouncilTotals totals) {
        return new CountGauges("tierless.dispatches", "Requests not yet sent on to councils' systems",
                List.of(RequestDispatch.PENDING, RequestDispatch.DEAD), () -> totals.sum(WAITING));
    }
}
