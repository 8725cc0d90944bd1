package uk.tierless.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to a resident, written in the same transaction as the change it tells of and sent later by the
 * {@link OutboxDispatcher}. Its Message-ID never changes, so a rare second delivery is recognisable. Tenant-owned.
 */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage extends TenantOwned {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String DEAD = "dead";

    @Column(name = "request_id", updatable = false)
    public UUID requestId;

    /** What it tells: {@code acknowledgement} of a new request, or an {@code update}. */
    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public String recipient;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** {@code email}, or {@code sms} (a text message through GOV.UK Notify). */
    @Column(nullable = false, updatable = false)
    public String channel;

    /** The fields the words were made from: what a Notify template is filled with. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public java.util.Map<String, String> fields;

    /** A file sent with the email (an appointment's calendar file), or none: all three or none are set. */
    @Column(name = "attachment_filename", updatable = false)
    public String attachmentFilename;

    @Column(name = "attachment_type", updatable = false)
    public String attachmentType;

    @Column(name = "attachment_content", updatable = false)
    public String attachmentContent;

    /** The file sent with the email, if any. */
    Attachment attachment() {
        return attachmentFilename == null ? null : new Attachment(attachmentFilename, attachmentType, attachmentContent);
    }
}
