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

/**
 * Where a council's configuration of one service stands: the draft, if any ({@code settings} null when there is
 * none), and a revision that goes up on every save, publish and discard. Written only with the revision the writer
 * read (see {@link ServiceDrafts}), so a save from a stale page is refused. Shared data.
 */
@Entity
@Table(name = "service_drafts")
@IdClass(ServiceDraft.Key.class)
public class ServiceDraft extends PanacheEntityBase {

    public record Key(String councilSlug, String serviceCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "council_slug")
    public String councilSlug;

    @Id
    @Column(name = "service_code")
    public String serviceCode;

    @Column(nullable = false)
    public int revision;

    /** Null when there is no draft. */
    public Boolean offered;

    @JdbcTypeCode(SqlTypes.JSON)
    public PortalDefinition.Offer settings;

    /** The published version the draft started from, if any. */
    @Column(name = "based_on")
    public Integer basedOn;

    @Column(name = "adapted_from")
    public String adaptedFrom;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    boolean hasDraft() {
        return settings != null;
    }
}
