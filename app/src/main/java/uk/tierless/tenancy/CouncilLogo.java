package uk.tierless.tenancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A council's logo for its header, as Tierless re-encoded it. Shared data (a logo is public). */
@Entity
@Table(name = "council_logos")
public class CouncilLogo extends PanacheEntityBase {

    @Id
    @Column(name = "council_slug")
    public String councilSlug;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] image;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
