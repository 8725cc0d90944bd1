package uk.tierless.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.platform.TierlessConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Messages to residents, written into the outbox inside the caller's transaction (and tenant scope): the change and
 * its message commit together or not at all. The {@link OutboxDispatcher} sends them.
 */
@ApplicationScoped
public class Outbox {

    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String UPDATE = "update";
    /** The request was passed to another council: sent by the council that now has it. */
    public static final String TRANSFER = "transfer";

    /** What a message is about: the request as the resident knows it. */
    public record About(UUID requestId, String council, String councilName, String reference, String serviceName,
                        String statusLabel, String trackToken) {
    }

    @Inject
    MailTemplates templates;

    @Inject
    TierlessConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /** Queues a message of this kind to the recipient; nothing when the resident gave no email address. */
    public void queue(String kind, About about, String recipient, String publicNote) {
        if (recipient != null && !recipient.isBlank()) {
            compose(kind, about, recipient, publicNote).persist();
        }
    }

    /**
     * The same, for a council other than the one the current session belongs to (a transfer writes to both in one
     * transaction): written with SQL, so the caller must have set {@code app.tenant} to {@code about.council()}.
     */
    public void queueInto(String kind, About about, String recipient, String publicNote) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        OutboxMessage message = compose(kind, about, recipient, publicNote);
        entityManager.createNativeQuery("insert into outbox_messages (id, tenant_id, request_id, kind, recipient, subject,"
                        + " body, message_id, status, attempts, next_attempt_at, created_at) values (:id, :council, :request,"
                        + " :kind, :recipient, :subject, :body, :messageId, :status, 0, :next, :created)")
                .setParameter("id", UUID.randomUUID()).setParameter("council", about.council())
                .setParameter("request", message.requestId).setParameter("kind", message.kind)
                .setParameter("recipient", message.recipient).setParameter("subject", message.subject)
                .setParameter("body", message.body).setParameter("messageId", message.messageId)
                .setParameter("status", message.status).setParameter("next", message.nextAttemptAt)
                .setParameter("created", message.createdAt).executeUpdate();
    }

    private OutboxMessage compose(String kind, About about, String recipient, String publicNote) {
        String trackUrl = config.publicUrl().replaceAll("/+$", "") + "/track/" + about.trackToken();
        MailTemplates.Rendered rendered = templates.render(about.council(), kind, new MailTemplates.Fields(
                about.councilName(), about.reference(), about.serviceName(), about.statusLabel(), publicNote, trackUrl));
        Instant now = Instant.now(clock);
        OutboxMessage message = new OutboxMessage();
        message.requestId = about.requestId();
        message.kind = kind;
        message.recipient = recipient.trim();
        message.subject = rendered.subject();
        message.body = rendered.body();
        message.messageId = UUID.randomUUID() + "." + about.reference() + "@tierless";
        message.status = OutboxMessage.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        return message;
    }
}
