package uk.tierless.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.platform.TierlessConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
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
    public static final String EMAIL = "email";
    public static final String SMS = "sms";

    /** How to reach the resident: an email address, a mobile number, either or both. */
    public record Recipient(String email, String phone) {
    }

    /** What a message is about: the request as the resident knows it. */
    public record About(UUID requestId, String council, String councilName, String reference, String serviceName,
                        String statusLabel, String trackToken, String address) {
    }

    @Inject
    MailTemplates templates;

    @Inject
    TierlessConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    NotifyAccounts notifyAccounts;

    /**
     * Queues a message of this kind: by email when the resident gave an address, else as a text message when they gave
     * a phone number and the council sends text messages through GOV.UK Notify; otherwise there is no one to tell.
     */
    public void queue(String kind, About about, Recipient recipient, String publicNote) {
        queue(entityManager, kind, about, recipient, publicNote);
    }

    /** The same, with a file for the email (an appointment's calendar file); a text message goes without it. */
    public void queue(String kind, About about, Recipient recipient, String publicNote, Attachment attachment) {
        compose(kind, about, recipient, publicNote).ifPresent(message -> {
            if (attachment != null && EMAIL.equals(message.channel)) {
                message.attachmentFilename = attachment.filename();
                message.attachmentType = attachment.contentType();
                message.attachmentContent = attachment.content();
            }
            entityManager.persist(message);
        });
    }

    /**
     * The same, through the session of the council the message is for: in a hand-over to another council
     * ({@code TenantScope.handOver}) that is the hand-over's session, not the current transaction's.
     */
    public void queue(EntityManager session, String kind, About about, Recipient recipient, String publicNote) {
        compose(kind, about, recipient, publicNote).ifPresent(session::persist);
    }

    private Optional<OutboxMessage> compose(String kind, About about, Recipient recipient, String publicNote) {
        String channel;
        String to;
        if (recipient.email() != null && !recipient.email().isBlank()) {
            channel = EMAIL;
            to = recipient.email();
        } else if (recipient.phone() != null && !recipient.phone().isBlank()
                && notifyAccounts.of(about.council()).flatMap(notify -> notify.template(kind, true)).isPresent()) {
            channel = SMS;
            to = recipient.phone();
        } else {
            return Optional.empty();
        }
        String trackUrl = config.publicUrl().replaceAll("/+$", "") + "/track/" + about.trackToken();
        MailTemplates.Rendered rendered = templates.render(about.council(), kind, new MailTemplates.Fields(
                about.councilName(), about.reference(), about.serviceName(), about.statusLabel(), publicNote, trackUrl,
                about.address()));
        Instant now = Instant.now(clock);
        OutboxMessage message = new OutboxMessage();
        message.channel = channel;
        message.fields = new LinkedHashMap<>();
        message.fields.put("council_name", about.councilName());
        message.fields.put("reference", about.reference());
        message.fields.put("service_name", about.serviceName());
        message.fields.put("status", about.statusLabel());
        message.fields.put("public_note", publicNote == null ? "" : publicNote);
        message.fields.put("track_url", trackUrl);
        message.fields.put("address", about.address() == null ? "" : about.address());
        message.fields.put("subject", rendered.subject());
        message.fields.put("body", rendered.body());
        message.requestId = about.requestId();
        message.kind = kind;
        message.recipient = to.trim();
        message.subject = rendered.subject();
        message.body = rendered.body();
        message.messageId = UUID.randomUUID() + "." + about.reference() + "@tierless";
        message.status = OutboxMessage.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        return Optional.of(message);
    }
}
