package uk.tierless.publishing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.tierless.catalogue.PortalDefinition;

import java.io.Serializable;
import java.time.Instant;

/** One published version of a council's offer of a service; never changed once written. Shared data. */
@Entity
@Table(name = "service_versions")
@IdClass(ServiceVersion.Key.class)
public class ServiceVersion extends PanacheEntityBase {

    public record Key(String councilSlug, String serviceCode, int version) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }

    @Id
    @Column(name = "council_slug", updatable = false)
    public String councilSlug;

    @Id
    @Column(name = "service_code", updatable = false)
    public String serviceCode;

    @Id
    @Column(updatable = false)
    public int version;

    /** Whether the council offers the service in this version: a version can withdraw it. */
    @Column(nullable = false, updatable = false)
    public boolean offered;

    /** The offer as services.yaml writes it, form included. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public PortalDefinition.Offer settings;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    /** A staff username, or {@code system} for a version seeded from the council's files. */
    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;

    /** The shared service this was adapted from, in words (such as "Lichfield District Council, version 3"). */
    @Column(name = "adapted_from", updatable = false)
    public String adaptedFrom;
}
