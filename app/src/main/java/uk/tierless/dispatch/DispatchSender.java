package uk.tierless.dispatch;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import uk.tierless.platform.Backoff;
import uk.tierless.platform.LogSafe;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the dispatches, one council at a time and one dispatch per transaction: each is claimed with {@code FOR
 * UPDATE SKIP LOCKED} (so two instances never send the same one), sent, and marked in the transaction that claimed
 * it. A failure waits {@code retry-base}, doubled after each further failure (at most an hour), until
 * {@code give-up-after} (a day) from the first try; then it is dead, for the council's administrators to see and
 * retry. Delivery is at least once: a crash between sending and committing sends it again with the same
 * {@code Tierless-Delivery} id, which a receiver can use to take it once.
 */
@ApplicationScoped
public class DispatchSender {

    /** Dispatches sent per council per run, so one council's backlog does not hold up the others for long. */
    static final int BATCH = 20;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(DispatchSender.class);

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Dispatches dispatches;

    @Inject
    TierlessConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${tierless.dispatch.send-every}", delayed = "${tierless.dispatch.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendAll() {
        for (CouncilView council : councils.members()) {
            try {
                send(council.slug());
            } catch (RuntimeException e) {
                LOG.errorf(LogSafe.withoutMessages(e), "Could not work through %s's dispatches; the next run tries again",
                        council.slug());
            }
        }
    }

    /** Sends this council's due dispatches, up to a batch; answers how many were delivered. */
    public int send(String council) {
        int delivered = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean outcome = tenantScope.call(council, () -> sendOne(council));
            if (outcome == null) {
                break;
            }
            delivered += outcome ? 1 : 0;
        }
        return delivered;
    }

    /** Claims and sends one due dispatch: null when none is due, else whether it was delivered. */
    private Boolean sendOne(String council) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<RequestDispatch> due = entityManager.createNativeQuery("select * from dispatches"
                        + " where tenant_id = :council and state = 'pending' and next_attempt_at <= :now"
                        + " order by next_attempt_at limit 1 for update skip locked", RequestDispatch.class)
                .setParameter("council", council).setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        RequestDispatch dispatch = due.get(0);
        dispatch.attempts++;
        dispatch.lastAttemptAt = now;
        Channel channel = dispatches.channelFor(dispatch.method).orElse(null);
        try {
            if (channel == null) {
                throw new Channel.Undeliverable("Tierless cannot send by " + dispatch.method + " yet");
            }
            Channel.Answer answer = channel.send(new Channel.Outgoing(dispatch.id, council, dispatch.reference,
                    dispatch.setting));
            dispatch.answered(answer.status(), answer.body());
            dispatch.externalId = answer.externalId();
            dispatch.state = RequestDispatch.DELIVERED;
            dispatch.deliveredAt = Instant.now(clock);
            return true;
        } catch (Channel.NotTaken e) {
            dispatch.answered(e.status, e.body);
            failed(dispatch, false);
        } catch (Channel.Undeliverable e) {
            dispatch.answered(null, e.getMessage());
            failed(dispatch, true);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            dispatch.answered(null, LogSafe.scrub(e.getClass().getSimpleName() + ": " + e.getMessage()));
            failed(dispatch, false);
        }
        return false;
    }

    private void failed(RequestDispatch dispatch, boolean hopeless) {
        Instant now = Instant.now(clock);
        Instant next = now.plus(Backoff.after(dispatch.attempts, config.dispatch().retryBase(), LONGEST_WAIT));
        if (hopeless || next.isAfter(dispatch.triesSince.plus(config.dispatch().giveUpAfter()))) {
            dispatch.state = RequestDispatch.DEAD;
            LOG.warnf("Dispatch %s of %s by %s is dead after %d tries: %s", dispatch.id, dispatch.reference,
                    dispatch.method, dispatch.attempts, LogSafe.scrub(String.valueOf(dispatch.lastAnswer)));
            return;
        }
        dispatch.nextAttemptAt = next;
        LOG.infof("Dispatch %s of %s by %s not delivered (try %d), next try at %s", dispatch.id, dispatch.reference,
                dispatch.method, dispatch.attempts, next);
    }
}
