package uk.tierless.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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
}
