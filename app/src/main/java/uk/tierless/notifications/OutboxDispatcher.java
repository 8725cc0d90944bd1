package uk.tierless.notifications;

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
 * Sends the outbox, one council at a time. Each run claims a batch of due messages with {@code FOR UPDATE SKIP
 * LOCKED}, so several app instances can run it at once and never take the same message; a message is marked sent in
 * the transaction that claimed it. A failure waits {@code retry-base}, doubled after each further failure (at most
 * an hour), and after {@code max-attempts} tries the message is dead: a tenant administrator sees it and can retry.
 * Delivery is at least once: a crash between sending and committing sends again, with the same Message-ID.
 */
@ApplicationScoped
public class OutboxDispatcher {

    static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    TierlessConfig config;

    @Inject
    Clock clock;

    @Inject
    MailTransport transport;

    @Inject
    NotifySender notify;

    @Inject
    NotifyAccounts notifyAccounts;

    @Scheduled(every = "${tierless.mail.dispatch-every}", delayed = "${tierless.mail.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchAll() {
        for (CouncilView council : councils.members()) {
            try {
                dispatch(council.slug());
            } catch (RuntimeException e) {
                LOG.errorf(LogSafe.withoutMessages(e), "Could not work through %s's outbox; the next run tries again", council.slug());
            }
        }
    }

    /** Sends this council's due messages; answers how many were sent. */
    public int dispatch(String council) {
        return tenantScope.call(council, () -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> due = entityManager.createNativeQuery("select * from outbox_messages"
                            + " where tenant_id = :council and status = 'pending' and next_attempt_at <= :now"
                            + " order by next_attempt_at limit :batch for update skip locked", OutboxMessage.class)
                    .setParameter("council", council).setParameter("now", Instant.now(clock))
                    .setParameter("batch", BATCH).getResultList();
            if (due.isEmpty()) {
                return 0;
            }
            String councilName = councils.require(council).name();
            MailSender sender = notifyAccounts.of(council).isPresent() ? notify : transport.email();
            int sent = 0;
            for (OutboxMessage message : due) {
                message.attempts++;
                try {
                    sender.send(new MailSender.Message(council, councilName, config.mail().fromAddress(), message.recipient,
                            message.subject, message.body, message.messageId, message.kind, message.channel, message.fields,
                            message.attachment()));
                    message.status = OutboxMessage.SENT;
                    message.sentAt = Instant.now(clock);
                    message.lastError = null;
                    sent++;
                } catch (Exception e) {
                    failed(message, e);
                }
            }
            return sent;
        });
    }

    private void failed(OutboxMessage message, Exception e) {
        message.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        if (message.attempts >= config.mail().maxAttempts() || e instanceof MailSender.Undeliverable) {
            message.status = OutboxMessage.DEAD;
            LOG.warnf("Message %s is dead after %d tries: %s", message.messageId, message.attempts,
                    LogSafe.scrub(message.lastError));
            return;
        }
        message.nextAttemptAt = Instant.now(clock).plus(Backoff.after(message.attempts, config.mail().retryBase(), LONGEST_WAIT));
        LOG.infof("Message %s not sent (try %d), next try at %s: %s", message.messageId, message.attempts,
                message.nextAttemptAt, LogSafe.scrub(message.lastError));
    }
}
