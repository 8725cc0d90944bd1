package uk.tierless.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** Queues a message of this kind to the recipient; nothing when the resident gave no email address. */
    public void queue(String kind, About about, String recipient, String publicNote) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
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
        message.persist();
    }
}
