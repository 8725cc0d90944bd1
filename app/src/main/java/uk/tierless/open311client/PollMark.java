package uk.tierless.open311client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;

/** How far a council has read one back office's updates (one endpoint and jurisdiction). Tenant-owned. */
@Entity
@Table(name = "open311_polls")
public class PollMark extends TenantOwned {

    @Column(nullable = false)
    public String endpoint;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "polled_to", nullable = false)
    public Instant polledTo;
}
