package uk.tierless.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Whose request a tracking link opens. Shared (a link names no council), so it holds only the token's hash, the
 * council and the request's id: nothing about the request or the resident.
 */
@Entity
@Table(name = "tracking_tokens")
public class TrackingToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;
}
