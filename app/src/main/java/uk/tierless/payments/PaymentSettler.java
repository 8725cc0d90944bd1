package uk.tierless.payments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import uk.tierless.platform.LogSafe;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The settle job: a payment never depends on the resident's browser coming back. Every run reads the state of each
 * council's payments not yet settled, oldest first, and settles those that finished or expired. Several instances
 * run it at once as the outbox is sent: each run claims a batch with {@code FOR UPDATE SKIP LOCKED}, marking it
 * checked, so that another instance's run skips it for {@link #CLAIM}; and the row lock in
 * {@link PaymentSettlement} settles each payment once whoever reads it.
 */
@ApplicationScoped
public class PaymentSettler {

    static final int BATCH = 200;
    /** How long a claimed payment is left to the instance that claimed it. */
    static final Duration CLAIM = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(PaymentSettler.class);

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    PaymentSettlement settlement;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Scheduled(every = "${tierless.payments.settle-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void settleAll() {
        for (CouncilView council : councils.members()) {
            settle(council.slug());
        }
    }

    /** Reads and settles this council's unsettled payments; answers how many it settled. */
    public int settle(String council) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<String> unsettled = tenantScope.call(council, () -> entityManager.createNativeQuery(
                        "update payments set checked_at = :now where id in (select id from payments"
                                + " where tenant_id = :council and settled_at is null"
                                + " and (checked_at is null or checked_at <= :claimedBefore)"
                                + " order by created_at limit :batch for update skip locked) returning id", String.class)
                .setParameter("now", now).setParameter("council", council)
                .setParameter("claimedBefore", now.minus(CLAIM)).setParameter("batch", BATCH).getResultList());
        int settledNow = 0;
        for (String id : unsettled) {
            try {
                if (settlement.refresh(council, id).state().finished()) {
                    settledNow++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(LogSafe.withoutMessages(e), "Payment %s of %s is not settled yet; the next run tries again", id, council);
            }
        }
        return settledNow;
    }
}
