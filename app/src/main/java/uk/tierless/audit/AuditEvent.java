package uk.tierless.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;

/** An administrative event in one council: tenant-owned, so Hibernate and row-level security both scope it. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends TenantOwned {

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Who did it: a staff username, or {@code system} for Tierless itself. */
    @Column(nullable = false)
    public String actor;

    /** What was done, as a dotted code such as {@code council.onboarded}. */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String summary;

    /** What the event is about, such as {@code service:missed-bin}, for a thing's history; null for the council. */
    public String subject;

    /** The thing before and after the change, as the API shows it; null where there is no such thing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode after;
}
