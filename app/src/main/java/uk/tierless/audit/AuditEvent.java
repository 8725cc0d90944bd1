package uk.tierless.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An administrative event in one council: tenant-owned, so Hibernate and row-level security both scope it. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

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
