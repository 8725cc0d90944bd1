package uk.tierless.tenancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A council, member of a partnership or not. Shared data: every council's portal page reads two councils, so
 * this table has no tenant column and no row-level security. The slug never changes once used.
 */
@Entity
@Table(name = "councils")
public class Council extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(name = "official_name", nullable = false)
    public String officialName;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(nullable = false, unique = true)
    public String gss;

    @Column(nullable = false)
    public Tier tier;

    /** The county of a district, as a slug. */
    @Column(name = "parent_slug")
    public String parentSlug;

    @Column(name = "partnership_slug")
    public String partnershipSlug;

    @Column(nullable = false)
    public boolean member;

    public String website;

    @Column(name = "brand_colour")
    public String brandColour;

    @Column(name = "reference_prefix", unique = true)
    public String referencePrefix;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_slug")
    public String successorSlug;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
