package uk.tierless.payments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.platform.LogSafe;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.util.List;

/**
 * The settle job: a payment never depends on the resident's browser coming back. Every run reads the state of each
 * council's payments not yet settled, oldest first, and settles those that finished or expired. Several instances
 * may run it at once: the row lock in {@link PaymentSettlement} settles each payment once.
 */
@ApplicationScoped
public class PaymentSettler {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(PaymentSettler.class);

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    PaymentSettlement settlement;

    @Scheduled(every = "${tierless.payments.settle-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void settleAll() {
        for (CouncilView council : councils.members()) {
            settle(council.slug());
        }
    }

    /** Reads and settles this council's unsettled payments; answers how many it settled. */
    public int settle(String council) {
        List<String> unsettled = tenantScope.call(council, () -> Payment.<Payment>find(
                        "settledAt is null order by createdAt").page(0, BATCH).list().stream()
                .map(payment -> payment.id).toList());
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
