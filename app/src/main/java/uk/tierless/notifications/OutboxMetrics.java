package uk.tierless.notifications;

import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.tierless.platform.CountGauges;
import uk.tierless.tenancy.CouncilTotals;

import java.util.List;

/**
 * {@code tierless_outbox_messages{state}}: messages to residents waiting to be sent ({@code pending}) and given up
 * on ({@code dead}, for administrators to retry), every member council's together.
 */
public class OutboxMetrics {

    private static final String WAITING = "select count(*) filter (where status = 'pending'),"
            + " count(*) filter (where status = 'dead') from outbox_messages"
            + " where tenant_id = :council and status in ('pending', 'dead')";

    @Produces
    @Singleton
    MeterBinder outboxGauges(CouncilTotals totals) {
        return new CountGauges("tierless.outbox.messages", "Messages to residents not sent",
                List.of(OutboxMessage.PENDING, OutboxMessage.DEAD), () -> totals.sum(WAITING));
    }
}
