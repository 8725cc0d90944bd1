package uk.tierless.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A resident's request, owned by the council responsible for it. Tenant-owned. */
@Entity
@Table(name = "service_requests")
public class ServiceRequest extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    @Column(name = "form_version_id", nullable = false)
    public UUID formVersionId;

    /** The council whose portal profile the resident came through, if any. */
    public String origin;

    @Column(nullable = false)
    public String channel;

    /** The Open311 client that sent it (channel open311), else null. */
    @Column(name = "channel_client")
    public String channelClient;

    @Column(nullable = false)
    public String status;

    public Long uprn;

    public String postcode;

    public Double lat;

    public Double lon;

    /** The address in words, as the resident gave it where the gazetteer does not list it; null otherwise. */
    @Column(name = "address_text")
    public String addressText;

    /** The answers that are not personal data. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> answers;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    /** The secret of the resident's tracking link (the shared tracking_tokens table holds only its hash). */
    @Column(name = "track_token", nullable = false, updatable = false)
    public String trackToken;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    /** The username of the staff member working on it, or null while nobody is. */
    public String assignee;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When it is overdue, from its service's target time; null where the council sets none. */
    @Column(name = "due_at")
    public Instant dueAt;

    /** Set when the request was passed to another council: that council and the request's reference there. */
    @Column(name = "transferred_to_council")
    public String transferredToCouncil;

    @Column(name = "transferred_to_reference")
    public String transferredToReference;

    /** Set on a request passed from another council: its reference there. */
    @Column(name = "transferred_from")
    public String transferredFrom;

    /** Set on a duplicate: the reference of the request (of the same council) it repeats. */
    /** Whether the work queue lists it: not when its service sends it to the council's own system alone. */
    @Column(nullable = false)
    public boolean queued = true;

    @Column(name = "duplicate_of")
    public String duplicateOf;
}
