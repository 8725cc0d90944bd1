package uk.tierless.publishing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.catalogue.PortalDefinition;

import java.time.Instant;
import java.util.UUID;

/** A published version of a council's service, shared with its partnership; never changed once written. Shared data. */
@Entity
@Table(name = "service_templates")
public class ServiceTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_slug", nullable = false, updatable = false)
    public String partnershipSlug;

    @Column(name = "council_slug", nullable = false, updatable = false)
    public String councilSlug;

    @Column(name = "service_code", nullable = false, updatable = false)
    public String serviceCode;

    @Column(nullable = false, updatable = false)
    public int version;

    /** What is shared of the version's offer: no link, pin or target, which are the council's own. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public PortalDefinition.Offer settings;

    @Column(name = "shared_at", nullable = false, updatable = false)
    public Instant sharedAt;

    @Column(name = "shared_by", nullable = false, updatable = false)
    public String sharedBy;
}
